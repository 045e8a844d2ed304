" Vim syntax file
" Language:    Civic — a council's Member/Officer relations protocol
" Maintainer:  the Civic authors
" License:     MIT (see LICENSE)
"
" The keywords are grammar/lexer.l's.  Modalities are matches, not keywords,
" so that "must not" wins over "must", and "may" can be the month in a
" calendar ("first monday of may").  Names have inner hyphens
" (england-and-wales), so '-' is a keyword character here and the "and"
" inside such a name is not a keyword.

if exists("b:current_syntax")
  finish
endif
let s:cpo_save = &cpo
set cpo&vim

syn case match
syn iskeyword @,48-57,_,192-255,-

" ---- keywords (grammar/lexer.l) --------------------------------------------
syn keyword civicInclude      use
syn keyword civicStorage      protocol role action thing kind relation seniority procedure route scenario register person calendar holiday closed weekend
syn keyword civicModifier     is aka external extends substitute acting
syn keyword civicRelation     manages appoints
syn keyword civicKeyword      adopts omits overrides informally expect can above only junior senior counts possibly
" words the parser reads in their places (a route's referral, a relation's "nobody", a
" council's own names, a date not stated): not the lexer's, but keywords to a reader
syn keyword civicKeyword      refer under nobody called unknown
syn keyword civicConditional  when unless otherwise within until except
syn keyword civicLogical      and or not
syn keyword civicPreposition  to from with about of for by on

" ---- modalities: obligation, recommendation, permission, and their negations -
syn match civicObligation     "\<\%(must\|will\|shall\)\>"
syn match civicRecommendation "\<should\>"
syn match civicPermission     "\<may\>"
syn match civicProhibition    "\<\%(must\|will\|shall\|may\)\s\+not\>"
syn match civicProhibition    "\<cannot\>"
syn match civicDiscouragement "\<should\s\+not\>"

" ---- names --------------------------------------------------------------------
" Roles are the capitalised names: Member, Officer, ChairCorporateServices.
syn match civicRole           "\<[[:upper:]]\k*"
syn match civicActionName     "\%(\<action\s\+\)\@<=\k\+"
syn match civicThingName      "\%(\<\%(thing\|kind\|procedure\)\s\+\)\@<=\k\+"
syn match civicCalendarName   "\%(\<calendar\s\+\)\@<=\k\+"
syn match civicPersonName     "\%(\<person\s\+\)\@<=\k\+"

" ---- numbers, dates, durations ------------------------------------------------
syn match civicNumber         "\<\d\+\>"
syn match civicDate           "\<\d\{4}-\d\d-\d\d\>"
syn match civicTime           "\<\d\{1,2}:\d\d\>"
syn match civicDuration       "\<\d\+\s\+\%(working\s\+days\=\|days\=\|hours\=\|weeks\=\|months\=\|years\=\)\>"
syn keyword civicDuration     annually biennially
" Calendars: months, weekdays, easter, and an ordinal before a weekday.
syn keyword civicDatePart     january february march april june july august september october november december
syn keyword civicDatePart     monday tuesday wednesday thursday friday saturday sunday easter
syn match civicDatePart       "\<\%(first\|second\|third\|fourth\|fifth\|last\)\ze\s\+\%(monday\|tuesday\|wednesday\|thursday\|friday\|saturday\|sunday\)\>"
syn match civicDatePart       "\%(\<\d\{1,2}\s\+\|\<of\s\+\)\@<=may\>"

" ---- the protocol block's fields, scenarios ------------------------------------
syn match civicField          "\%(^\s*\%(\[[^\]]*\]\s*\)\=\)\@<=\<\%(council\|title\|adopted\|approved\|reapproved\|reviewed\|review\|updated\|overseen\|next\%(\s\+review\)\=\)\>"
syn match civicField          "\%(\<review\s\+\)\@<=every\>"
syn match civicScenarioWord   "\%(^\s*\d\{4}-\d\d-\d\d\%(\s\+\d\{1,2}:\d\d\)\=\s\+\)\@<=nothing\>"
syn match civicScenarioWord   "\%(^\s*\)\@<=today\>"
syn match civicScenarioWord   "\<\%(where\|because\)\>"
syn match civicVerdict        "\%(\<expect\>.*\)\@<=\<\%(open\|opened\|due\|fulfilled\|breached\|departed\|overdue\|resolved\|ended\|breach\|departure\|obliged\|forbidden\|recommended\|discouraged\|permitted\|unregulated\|depends\|reaches\|no\)\>"

" ---- blocks and lists ------------------------------------------------------------
syn match civicBrace          "[{}]"
syn match civicDelimiter      "[(),:;]"

" ---- clause references, strings, comments (last: they win where they start) ----
syn match civicClause         "\[[^\]]*\]"
syn match civicClauseLabel    "^\s*\zs\[[^\]]*\]"
syn match civicUnterminated   "\[[^\]]*$"
syn match civicUnterminated   "'[^'\n]*'"
syn region civicString        start=+"+ skip=+\\[\\"]+ end=+"+ oneline contains=civicEscape,@Spell
syn match civicEscape         +\\[\\"]+ contained
syn region civicString        start=+“+ end=+”+ oneline contains=@Spell
" A string not closed on its line (defined last: it wins where both start).
syn match civicUnterminated   +"\%(\\.\|[^\\"]\)*$+
syn match civicUnterminated   +“[^”]*$+
syn keyword civicTodo         TODO FIXME XXX GAP contained
syn match civicComment        "#.*$" contains=civicTodo,@Spell

hi def link civicInclude        Include
hi def link civicStorage        Structure
hi def link civicModifier       StorageClass
hi def link civicRelation       Keyword
hi def link civicKeyword        Keyword
hi def link civicConditional    Conditional
hi def link civicLogical        Operator
" Prepositions are keywords to the lexer, but plain words to a reader.
hi def link civicPreposition    NONE
hi def link civicObligation     Statement
hi def link civicRecommendation Statement
hi def link civicPermission     Statement
hi def link civicProhibition    Exception
hi def link civicDiscouragement Exception
hi def link civicRole           Type
hi def link civicActionName     Function
hi def link civicThingName      Identifier
hi def link civicCalendarName   Constant
hi def link civicPersonName     Identifier
hi def link civicNumber         Number
hi def link civicDate           Constant
hi def link civicTime           Constant
hi def link civicDuration       Constant
hi def link civicDatePart       Constant
hi def link civicField          Identifier
hi def link civicScenarioWord   Keyword
hi def link civicVerdict        Boolean
hi def link civicBrace          Delimiter
hi def link civicDelimiter      Delimiter
hi def link civicClause         Tag
hi def link civicClauseLabel    Label
hi def link civicUnterminated   Error
hi def link civicString         String
hi def link civicEscape         SpecialChar
hi def link civicComment        Comment
hi def link civicTodo           Todo

let b:current_syntax = "civic"
let &cpo = s:cpo_save
unlet s:cpo_save
