" The Vim files of editors/vim, run by tests/editors/vim.sh as
"   vim -Nu NONE -es -S tests/editors/vim_test.vim
" with g:out (the file to write results to), g:corpus (the files to load),
" g:civic (the civic to run) and g:diagnostics (civic check's output on
" tests/editors/fixtures/mistakes.civic) set.  Each check writes "ok - NAME" or "FAIL - NAME: DETAIL" to g:out.
set nocompatible
let s:results = []
function! s:Check(ok, name, ...) abort
  call add(s:results, (a:ok ? 'ok - ' : 'FAIL - ') . a:name . (a:ok || a:0 == 0 ? '' : ': ' . a:1))
endfunction

let &runtimepath = fnamemodify('editors/vim', ':p') . ',' . &runtimepath
filetype plugin indent on
syntax on

" The syntax group at the first match of pattern pat (a regex whose match
" starts where to look) in the first line matching line_pat.
function! s:GroupAt(line_pat, pat) abort
  let lnum = search(a:line_pat, 'nw')
  if lnum == 0
    return 'no line matches ' . a:line_pat
  endif
  let col = match(getline(lnum), a:pat)
  if col < 0
    return 'no ' . a:pat . ' in line ' . lnum
  endif
  return synIDattr(synID(lnum, col + 1, 1), 'name')
endfunction

function! s:Syn(line_pat, pat, group) abort
  let got = s:GroupAt(a:line_pat, a:pat)
  call s:Check(got ==# a:group, expand('%') . ': ' . a:pat . ' is ' . a:group, 'got ' . got)
endfunction

" ---- every file loads: filetype, syntax, ftplugin, compiler, no error ----------
for f in g:corpus
  let v:errmsg = ''
  silent execute 'edit' fnameescape(f)
  syntax sync fromstart
  " Force every line's highlighting to be worked out.
  for l in range(1, line('$'))
    call synID(l, 1, 1)
  endfor
  call s:Check(v:errmsg ==# '' && &filetype ==# 'civic' && get(b:, 'current_syntax', '') ==# 'civic',
        \ f . ': filetype civic, syntax loaded, no error', 'ft=' . &filetype . ' errmsg=' . v:errmsg)
endfor
call s:Check(&l:commentstring ==# '# %s' && &l:shiftwidth == 2 && &l:expandtab, 'ftplugin: commentstring, shiftwidth, expandtab')
call s:Check(&l:makeprg =~# '^civic check ' && &l:errorformat =~# 'error', 'ftplugin: the compiler is civic check', &l:makeprg)

" ---- highlighting ---------------------------------------------------------------
silent edit protocols/houghton-regis.civic
call s:Syn('^\[10\.2\] Officer must respond', '\[10\.2\]', 'civicClauseLabel')
call s:Syn('^\[10\.2\] Officer must respond', 'Officer', 'civicRole')
call s:Syn('^\[10\.2\] Officer must respond', 'must', 'civicObligation')
call s:Syn('^\[10\.2\] Officer must respond', '2 working days', 'civicDuration')
call s:Syn('^\[8\.1\] Member must not manage', 'must not', 'civicProhibition')
call s:Syn('^\[8\.1\] Member must not manage', ' not\zs', '')
call s:Syn('^\[8\.1\] Member cannot instruct', 'cannot', 'civicProhibition')
call s:Syn('^\[4\.3\] adopts \[MP-1\]', '\[MP-1\]', 'civicClause')
call s:Syn('^\[4\.3\] adopts \[MP-1\]', 'adopts', 'civicKeyword')
call s:Syn('^\s*calendar england-and-wales', '-and-', 'civicCalendarName')
call s:Syn('^\s*adopted\s\+2015-09-28', '2015', 'civicDate')
call s:Syn('^\s*review\s\+annually', 'review', 'civicField')
call s:Syn('^protocol "', '"Officer', 'civicString')
call s:Syn('^protocol "', 'protocol', 'civicStorage')
call s:Syn('^# Houghton Regis', 'Houghton', 'civicComment')
call s:Syn('^\[10\.3\] Officer should discuss-burden', 'should', 'civicRecommendation')
call s:Syn('^\[10\.1\] Member may send', 'may', 'civicPermission')
call s:Syn('^\[7\.1\] Member and Officer must declare', ' and\zs', '')
call s:Syn('^\[7\.1\] Member and Officer must declare', 'and', 'civicLogical')
call s:Syn('^\s*overseen by Council', 'overseen', 'civicField')
call s:Syn('^\[8\.1\] relation manager of Clerk is nobody', 'nobody', 'civicKeyword')
call s:Syn('^\s*\[12\.3\] refer to MonitoringOfficer', 'refer', 'civicKeyword')
call s:Syn('^\s*otherwise acknowledge', 'otherwise', 'civicConditional')
call s:Syn('^protocol "', '{', 'civicBrace')
call s:Syn('^}', '}', 'civicBrace')
silent edit protocols/houghton-regis.test.civic
call s:Syn('^\s*expect \[10\.2\] due 2025-12-29', 'due', 'civicVerdict')
call s:Syn('^\s*expect \[10\.2\] due 2025-12-29', 'expect', 'civicKeyword')
call s:Syn('^\s*2025-12-29 nothing', 'nothing', 'civicScenarioWord')
call s:Syn('^\s*person bob is Officer', 'bob', 'civicPersonName')
silent edit protocols/newent.civic
call s:Syn('^\[1\] Member should not act-overfamiliar', 'should not', 'civicDiscouragement')
silent edit stdlib/calendars/england-and-wales.civic
call s:Syn('"Early May bank holiday" on first monday of may', ' may\zs', '')
call s:Syn('"Early May bank holiday" on first monday of may', 'of \zsmay', 'civicDatePart')
call s:Syn('"Early May bank holiday" on first monday of may', 'first', 'civicDatePart')
call s:Syn('"Good Friday" on easter - 2', 'easter', 'civicDatePart')
" Made-up lines: an escape, an unterminated string, an unterminated clause.
enew
setfiletype civic
call setline(1, ['Member must inform Officer "a \"quoted\" word" # note',
      \ 'role Clerk2 "Town Clerk',
      \ '[10.2 Officer must respond',
      \ 'Member must  not instruct Officer'])
call s:Syn('quoted', '\\"', 'civicEscape')
call s:Syn('quoted', '# note', 'civicComment')
call s:Syn('Town Clerk$', '"Town', 'civicUnterminated')
call s:Syn('^\[10\.2 Officer', '\[', 'civicUnterminated')
call s:Syn('must  not', 'must  not', 'civicProhibition')
bwipeout!

" ---- the errorformat reads civic check --------------------------------------------
" Twice: :cgetexpr over civic's output (it reads the global 'errorformat', so
" the compiler is set with :compiler!), and :make itself, which runs
" civic check on the file through 'makeprg' (g:civic_command: this civic).
function! s:Quickfix(how) abort
  let qf = getqflist()
  let valid = filter(copy(qf), 'v:val.valid')
  call s:Check(len(valid) == 3, a:how . ': three problems, three entries', len(valid) . ' of ' . len(qf))
  if len(valid) == 3
    let [w1, e, w2] = valid
    call s:Check(fnamemodify(bufname(e.bufnr), ':p') ==# fnamemodify('tests/editors/fixtures/mistakes.civic', ':p'),
          \ a:how . ': the file', bufname(e.bufnr))
    call s:Check(e.lnum == 11 && e.col == 65 && e.vcol, a:how . ': line and column (11:65, a screen column)', e.lnum . ':' . e.col . ' vcol ' . e.vcol)
    call s:Check(e.type ==# 'E' && w1.type ==# 'W' && w2.type ==# 'W', a:how . ': error and warnings', w1.type . e.type . w2.type)
    call s:Check(e.text ==# "unknown name 'Oficer': not a role or a thing [unknown-name]\nhint: did you mean 'Officer'?",
          \ a:how . ': the message, and its hint', string(e.text))
    call s:Check(w2.lnum == 12 && w2.col == 49 && w2.text =~# '^vague deadline', a:how . ': the second warning', w2.lnum . ':' . w2.col . ' ' . w2.text)
    " :cc goes to the word civic means, past the typographic quotes.
    silent cc 2
    call s:Check(expand('<cword>') ==# 'Oficer' && line('.') == 11, a:how . ': :cc lands on the word', expand('<cword>'))
  endif
  call s:Check(len(qf) == len(valid), a:how . ': the source, caret, hint and summary lines make no entries of their own',
        \ string(map(filter(copy(qf), '!v:val.valid'), 'v:val.text')))
endfunction

silent edit tests/editors/fixtures/mistakes.civic
compiler! civic
cgetexpr g:diagnostics
call s:Quickfix(':cgetexpr')
call setqflist([], 'r')
let g:civic_command = g:civic
compiler civic
call s:Check(&l:makeprg ==# escape(g:civic, ' \|"') . ' check %:S', ':make runs g:civic_command', &l:makeprg)
silent make
call s:Quickfix(':make')

" ---- indentation: the councils' files, their indentation stripped, come back ------
for f in g:corpus
  silent execute 'edit' fnameescape(f)
  let s:want = getline(1, '$')
  enew
  setfiletype civic
  call setline(1, map(copy(s:want), 'substitute(v:val, ''^\s\+'', "", "")'))
  silent normal! gg=G
  let s:got = getline(1, '$')
  let s:diff = filter(range(len(s:want)), 's:want[v:val] !=# get(s:got, v:val, "")')
  call s:Check(empty(s:diff), f . ': = indents it as written',
        \ empty(s:diff) ? '' : 'line ' . (s:diff[0] + 1) . ': ' . string(get(s:got, s:diff[0], '')))
  bwipeout!
endfor

" A parenthesis left open carries the statement on; a block inside a block.
let s:want = ['[1] X must y when (about Member', '      "a" and', '      about Officer)', 'Member must z',
      \ 'role Deputy "Deputy" is Officer {', '  aka "Assistant Clerk"', '  manages Officer', '}',
      \ 'scenario "s" {', '  person alice is Member', '  2025-12-23 alice sends enquiry to Clerk', '}']
enew
setfiletype civic
call setline(1, map(copy(s:want), 'substitute(v:val, ''^\s\+'', "", "")'))
silent normal! gg=G
call s:Check(getline(1, '$') ==# s:want, 'made up: an open parenthesis, blocks', string(getline(1, '$')))
bwipeout!

call writefile(s:results, g:out)
qall!
