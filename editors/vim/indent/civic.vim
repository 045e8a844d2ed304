" Vim indent file
" Language:    Civic — a council's Member/Officer relations protocol
" Maintainer:  the Civic authors
" License:     MIT (see LICENSE)
"
" Blocks ({ … }) indent by 'shiftwidth'.  A statement carried on to the next
" line (grammar/lexer.l: the line ends with ',', 'and', 'or', 'otherwise',
" 'unless', 'when' or 'within', a '(' is open, or the next line begins with
" 'otherwise', 'and', 'or' or 'unless', or 'when' outside a block) indents its later lines by
" 'shiftwidth' past where the statement's words begin, after its clause
" label, as the councils' files do:
"   [10.2] Officer must respond to enquiry from Member within 2 working days
"            otherwise acknowledge enquiry and give timescale within 2 working days

if exists("b:did_indent")
  finish
endif
let b:did_indent = 1

setlocal indentexpr=GetCivicIndent(v:lnum)
setlocal indentkeys=0},0),!^F,o,O,0=otherwise,0=and\ ,0=or\ ,0=unless
setlocal autoindent nolisp nosmartindent nocindent
let b:undo_indent = "setlocal indentexpr< indentkeys< autoindent< lisp< smartindent< cindent<"

if exists("*GetCivicIndent")
  finish
endif

let s:cpo_save = &cpo
set cpo&vim

let s:continuing_end = '\%(,\|\<\%(and\|or\|otherwise\|unless\|when\|within\)\)$'
let s:continuing_start = '^\s*\%(otherwise\|and\|or\|unless\)\>'

" A line's code: strings emptied, the comment and trailing blanks dropped.
function! s:Code(lnum) abort
  let line = getline(a:lnum)
  let line = substitute(line, '"\%(\\.\|[^"\\]\)*"', '""', 'g')
  let line = substitute(line, '“[^”]*”', '""', 'g')
  let line = substitute(line, '\[[^\]]*\]', '[]', 'g')
  return substitute(line, '\s*\%(#.*\)\=$', '', '')
endfunction

" The code line before lnum (blank lines and comments passed over), or 0.
function! s:PrevCode(lnum) abort
  let n = prevnonblank(a:lnum - 1)
  while n > 0 && getline(n) =~ '^\s*#'
    let n = prevnonblank(n - 1)
  endwhile
  return n
endfunction

" Whether line lnum is inside a block ({ … }): its braces counted from the
" top, strings and comments left out.
function! s:InBlock(lnum) abort
  let depth = 0
  for n in range(1, a:lnum - 1)
    let c = s:Code(n)
    let depth += len(substitute(c, '[^{]', '', 'g')) - len(substitute(c, '[^}]', '', 'g'))
  endfor
  return depth > 0
endfunction

" Whether line lnum carries on the statement of the code line before it by
" its words: the line before ends with one that continues, or lnum begins
" with one ('when' too, outside a block: inside one it begins a route's step).
function! s:ContinuesByWords(lnum) abort
  let prev = s:PrevCode(a:lnum)
  return prev > 0 && (getline(a:lnum) =~ s:continuing_start || s:Code(prev) =~ s:continuing_end
        \ || (getline(a:lnum) =~ '^\s*when\>' && !s:InBlock(a:lnum)))
endfunction

" Whether line lnum carries on the statement of the code line before it: by
" its words, or because a '(' is still open in the lines before it that
" belong together by their words.
function! s:Continues(lnum) abort
  let prev = s:PrevCode(a:lnum)
  if prev == 0
    return 0
  endif
  if s:ContinuesByWords(a:lnum)
    return 1
  endif
  let depth = 0
  let n = prev
  while n > 0
    let c = s:Code(n)
    let depth += len(substitute(c, '[^(]', '', 'g')) - len(substitute(c, '[^)]', '', 'g'))
    if !s:ContinuesByWords(n)
      break
    endif
    let n = s:PrevCode(n)
  endwhile
  return depth > 0
endfunction

" The first line of the statement that line lnum belongs to.
function! s:StatementStart(lnum) abort
  let n = a:lnum
  while s:Continues(n)
    let n = s:PrevCode(n)
  endwhile
  return n
endfunction

function! GetCivicIndent(lnum) abort
  let prev = s:PrevCode(a:lnum)
  if prev == 0
    return 0
  endif
  if s:Continues(a:lnum)
    let start = s:StatementStart(prev)
    let words = matchend(getline(start), '^\s*\[[^\]]*\]\s*')
    return (words >= 0 ? words : indent(start)) + shiftwidth()
  endif
  let ind = indent(s:StatementStart(prev))
  if s:Code(prev) =~ '{$'
    let ind += shiftwidth()
  endif
  if getline(a:lnum) =~ '^\s*}'
    let ind -= shiftwidth()
  endif
  return ind < 0 ? 0 : ind
endfunction

let &cpo = s:cpo_save
unlet s:cpo_save
