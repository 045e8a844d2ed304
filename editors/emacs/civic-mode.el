;;; civic-mode.el --- Major mode for Civic protocol files -*- lexical-binding: t -*-

;; Copyright (c) 2026 the Civic authors
;; License: MIT (see LICENSE at the top of the Civic source tree)
;; Version: 0.1.0
;; Keywords: languages
;; Package-Requires: ((emacs "26.1"))

;;; Commentary:

;; Civic is the language a council writes its Member/Officer relations
;; protocol in: roles, what each must, should, may or must not do, deadlines
;; in working days, and where a complaint goes.  This mode gives `*.civic'
;; files:
;;
;; - highlighting: keywords (those of grammar/lexer.l), modalities (the
;;   prohibitions apart), clause labels and references, strings, dates,
;;   durations, roles (the capitalised names), the protocol block's fields,
;;   calendar words, a scenario's verdicts;
;; - `#' comments (M-; and friends);
;; - indentation: blocks by `civic-indent-offset'; a statement carried on to
;;   the next line (it ends with `,', `and', `or', `otherwise', `unless',
;;   `when' or `within', a `(' is open, or the next line begins with
;;   `otherwise', `and', `or' or `unless') indents by `civic-indent-offset'
;;   past where its words begin, after the clause label;
;; - M-x compile runs `civic check' on the file, and its diagnostics
;;   (FILE:LINE:COL: error|warning: ...) are links;
;; - an Eglot server entry: M-x eglot starts `civic lsp';
;; - imenu entries for roles, routes, scenarios and calendars.
;;
;; Install: put this file on `load-path' and (require 'civic-mode), or
;; (load "/path/to/civic/editors/emacs/civic-mode.el").

;;; Code:

(require 'rx)

(defgroup civic nil
  "Civic protocol files."
  :group 'languages
  :prefix "civic-")

(defcustom civic-program "civic"
  "The civic program: for `compile' and the language server."
  :type 'string)

(defcustom civic-indent-offset 2
  "Columns of indentation for a block.
A statement carried on to another line is indented this much past where
its words begin, after its clause label."
  :type 'integer
  :safe #'integerp)

(defface civic-clause-label-face '((t :inherit font-lock-function-name-face))
  "Face for a clause label that opens a statement: [10.2] Officer must ...")

(defface civic-clause-face '((t :inherit font-lock-constant-face))
  "Face for a clause referred to: adopts [MP-1], overrides [8.1].")

(defface civic-modality-face '((t :inherit font-lock-keyword-face))
  "Face for must, will, shall, should, may.")

(defface civic-prohibition-face '((t :inherit font-lock-warning-face))
  "Face for must not, cannot, should not and the other negated modalities.")

;;;; Words

(defconst civic--keyword-groups
  '((("use") . font-lock-preprocessor-face)
    (("protocol" "role" "action" "thing" "kind" "relation" "seniority" "procedure" "route" "scenario" "register" "person"
      "calendar" "holiday" "closed" "weekend") . font-lock-keyword-face)
    (("is" "aka" "external" "extends" "substitute" "acting") . font-lock-builtin-face)
    (("manages" "appoints" "adopts" "omits" "overrides" "informally" "expect" "can"
      "above" "only" "junior" "senior" "counts" "possibly"
      ;; read by the parser in their places, keywords to a reader
      "refer" "under" "nobody" "called" "unknown")
     . font-lock-keyword-face)
    (("when" "unless" "otherwise" "within" "until" "except" "and" "or" "not")
     . font-lock-keyword-face))
  "The keywords of grammar/lexer.l by face; prepositions (to, from, with, about,
of, for, by, on) are keywords to the lexer but plain words to a reader, and the
modalities are in `civic--font-lock-keywords'.")

(defconst civic--name-re "\\(?:\\sw\\|\\s_\\)+"
  "A name: letters, digits, `_' and inner hyphens (england-and-wales).")

(defconst civic--verdicts
  '("open" "opened" "due" "fulfilled" "breached" "departed" "overdue" "resolved"
    "ended" "breach" "departure" "obliged" "forbidden" "recommended" "discouraged"
    "permitted" "unregulated" "depends" "reaches" "no")
  "The words of an expectation's verdict.")

(defconst civic--fields
  '("council" "title" "adopted" "approved" "reapproved" "reviewed" "review" "updated" "overseen" "next")
  "The fields of the protocol block.")

(defconst civic--date-words
  '("january" "february" "march" "april" "june" "july" "august" "september"
    "october" "november" "december" "monday" "tuesday" "wednesday" "thursday"
    "friday" "saturday" "sunday" "easter")
  "Months (but may, below), weekdays and easter, as a calendar writes them.")

(defun civic--words (words)
  "A regexp matching any of WORDS as a whole symbol."
  (concat "\\_<" (regexp-opt words t) "\\_>"))

;; A string ends on its line (grammar/lexer.l): the quote that opens one left
;; unclosed is no string delimiter, so that the lines after are read as code.
(eval-and-compile   ; syntax-propertize-rules reads it as it compiles
  (defconst civic--unclosed-string-re
    (concat "^\\(?:[^\"#\n]\\|\"\\(?:\\\\.\\|[^\"\\\\\n]\\)*\"\\)*"
            "\\(\"\\(?:\\\\.\\|[^\"\\\\\n]\\)*\\)$")
    "A line whose last straight quote opens a string that is not closed.
Group 1 is that string, to the end of the line."))

(defconst civic--font-lock-keywords
  (append
   `((,civic--unclosed-string-re 1 font-lock-warning-face)
     ;; First what must not be read as words: clause labels open a line,
     ;; other clauses are references ([If things go wrong/officers/2]).
     ("^[ \t]*\\(\\[[^]\n]*\\]\\)" 1 'civic-clause-label-face)
     ("\\[[^]\n]*\\]" 0 'civic-clause-face)
     ;; Modalities: the negated ones first, so that "must not" is one;
     ;; may the month before may the modality.
     ("\\_<\\(?:\\(?:must\\|will\\|shall\\|may\\|should\\)[ \t]+not\\|cannot\\)\\_>"
      0 'civic-prohibition-face)
     ("\\(?:\\_<of\\|[0-9]\\)[ \t]+\\(may\\)\\_>" 1 font-lock-constant-face)
     (,(civic--words '("must" "will" "shall" "should" "may")) 0 'civic-modality-face))
   (mapcar (lambda (group) (cons (civic--words (car group)) (cdr group)))
           civic--keyword-groups)
   `(;; Declared names.
     (,(concat "\\_<\\(?:action\\)[ \t]+\\(" civic--name-re "\\)") 1 font-lock-function-name-face)
     (,(concat "\\_<\\(?:thing\\|kind\\|procedure\\)[ \t]+\\(" civic--name-re "\\)") 1 font-lock-type-face)
     (,(concat "\\_<calendar[ \t]+\\(" civic--name-re "\\)") 1 font-lock-constant-face)
     (,(concat "\\_<person[ \t]+\\(" civic--name-re "\\)") 1 font-lock-variable-name-face)
     ;; The protocol block's fields, a scenario's words and verdicts.
     (,(concat "^[ \t]*\\(?:\\[[^]\n]*\\][ \t]*\\)?" (civic--words civic--fields))
      1 font-lock-variable-name-face)
     ("^[ \t]*[0-9]\\{4\\}-[0-9][0-9]-[0-9][0-9]\\(?:[ \t]+[0-9]\\{1,2\\}:[0-9][0-9]\\)?[ \t]+\\(nothing\\)\\_>"
      1 font-lock-keyword-face)
     ("^[ \t]*\\(today\\)\\_>" 1 font-lock-keyword-face)
     (,(civic--words '("where" "because" "every")) 0 font-lock-keyword-face)
     ("\\_<expect\\_>" (,(civic--words civic--verdicts) nil nil (0 font-lock-constant-face)))
     ;; Dates, times, durations.
     ("\\_<[0-9]\\{4\\}-[0-9][0-9]-[0-9][0-9]\\_>" 0 font-lock-constant-face)
     ("\\_<[0-9]\\{1,2\\}:[0-9][0-9]\\_>" 0 font-lock-constant-face)
     ("\\_<[0-9]+[ \t]+\\(?:working[ \t]+days?\\|days?\\|hours?\\|weeks?\\|months?\\|years?\\)\\_>"
      0 font-lock-constant-face)
     (,(civic--words '("annually" "biennially")) 0 font-lock-constant-face)
     ;; Calendars: months, weekdays, an ordinal before a weekday.
     (,(civic--words civic--date-words) 0 font-lock-constant-face)
     ("\\_<\\(first\\|second\\|third\\|fourth\\|fifth\\|last\\)[ \t]+\\(?:monday\\|tuesday\\|wednesday\\|thursday\\|friday\\|saturday\\|sunday\\)\\_>"
      1 font-lock-constant-face)
     ;; Roles: the capitalised names.
     ("\\_<[[:upper:]]\\(?:\\sw\\|\\s_\\)*" 0 font-lock-type-face)))
  "Highlighting for `civic-mode'.")

;;;; Syntax

(defvar civic-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    ;; Typographic quotes, “…”, delimit strings too.
    (modify-syntax-entry ?“ "|" table)
    (modify-syntax-entry ?” "|" table)
    (modify-syntax-entry ?' "." table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?- "_" table)
    (modify-syntax-entry ?{ "(}" table)
    (modify-syntax-entry ?} "){" table)
    (modify-syntax-entry ?\( "()" table)
    (modify-syntax-entry ?\) ")(" table)
    (modify-syntax-entry ?\[ "(]" table)
    (modify-syntax-entry ?\] ")[" table)
    (dolist (c '(?, ?: ?\; ?+))
      (modify-syntax-entry c "." table))
    table)
  "Syntax table for `civic-mode'.")

;; The quote that opens a string left unclosed is no string delimiter.
(defconst civic--syntax-propertize
  (syntax-propertize-rules
   (civic--unclosed-string-re
    (1 (ignore (put-text-property (match-beginning 1) (1+ (match-beginning 1))
                                  'syntax-table (string-to-syntax "."))))))
  "Syntax properties for `civic-mode'.")

;;;; Indentation

(defconst civic--continuing-end-re
  "\\(?:,\\|\\_<\\(?:and\\|or\\|otherwise\\|unless\\|when\\|within\\)\\)\\'"
  "A line whose code ends so carries its statement on to the next line.")

(defconst civic--continuing-start-re
  "[ \t]*\\(?:otherwise\\|and\\|or\\|unless\\)\\_>"
  "A line that begins so carries on the statement before it.")

(defun civic--code ()
  "The code of the line at point: its comment and trailing blanks left out."
  (save-excursion
    (let* ((bol (line-beginning-position))
           (state (syntax-ppss (line-end-position)))
           (end (if (nth 4 state) (nth 8 state) (line-end-position))))
      (goto-char (max bol end))
      (skip-chars-backward " \t" bol)
      (buffer-substring-no-properties bol (point)))))

(defun civic--blank-or-comment-p ()
  "Whether the line at point holds no code."
  (save-excursion
    (beginning-of-line)
    (skip-chars-forward " \t")
    (or (eolp) (eq (char-after) ?#))))

(defun civic--previous-code-line ()
  "Move to the code line before point's; nil when there is none."
  (let ((found nil))
    (while (and (not found) (zerop (forward-line -1)))
      (unless (civic--blank-or-comment-p) (setq found t)))
    found))

(defun civic--continues-p ()
  "Whether the line at point carries on the statement of the code line before it."
  (save-excursion
    (beginning-of-line)
    (let ((bol (point))
          (opening (or (looking-at civic--continuing-start-re)
                       ;; `when' too, outside a block: inside one it begins a route's step
                       (and (looking-at "[ \t]*when\\_>")
                            (let ((open (nth 1 (syntax-ppss (point)))))
                              (not (and open (eq (char-after open) ?{))))))))
      (and (save-excursion (civic--previous-code-line))
           (or opening
               (let ((open (nth 1 (syntax-ppss bol))))
                 (and open (eq (char-after open) ?\()))
               (save-excursion
                 (civic--previous-code-line)
                 (string-match-p civic--continuing-end-re (civic--code))))))))

(defun civic--statement-start ()
  "Move to the first line of the statement that the line at point belongs to."
  (beginning-of-line)
  (while (and (civic--continues-p) (civic--previous-code-line))))

(defun civic--words-column ()
  "The column where the words of the line at point begin, after its clause label."
  (save-excursion
    (beginning-of-line)
    (if (looking-at "[ \t]*\\[[^]\n]*\\][ \t]*")
        (progn (goto-char (match-end 0)) (current-column))
      (current-indentation))))

(defun civic--indentation ()
  "The indentation the line at point should have."
  (save-excursion
    (beginning-of-line)
    (let ((closing (looking-at "[ \t]*}")))
      (cond
       ((not (save-excursion (civic--previous-code-line))) 0)
       ((civic--continues-p)
        (civic--previous-code-line)
        (civic--statement-start)
        (+ (civic--words-column) civic-indent-offset))
       (t
        (civic--previous-code-line)
        (let ((opens (string-suffix-p "{" (civic--code))))
          (civic--statement-start)
          (max 0 (+ (current-indentation)
                    (if opens civic-indent-offset 0)
                    (if closing (- civic-indent-offset) 0)))))))))

(defun civic-indent-line ()
  "Indent the current line as Civic."
  (interactive)
  (let ((column (civic--indentation))
        (offset (- (current-column) (current-indentation))))
    (indent-line-to column)
    (when (> offset 0) (forward-char offset))))

;;;; Compilation and the language server

(defconst civic-compilation-regexp
  '(civic "^\\([^:\n]+\\):\\([0-9]+\\):\\([0-9]+\\): \\(?:error\\|\\(warning\\)\\):" 1 2 3 (4))
  "civic's diagnostics, for `compilation-error-regexp-alist-alist'.")

(with-eval-after-load 'compile
  (defvar compilation-error-regexp-alist-alist)
  (defvar compilation-error-regexp-alist)
  (add-to-list 'compilation-error-regexp-alist-alist civic-compilation-regexp)
  (add-to-list 'compilation-error-regexp-alist 'civic))

(defun civic-eglot-contact (&optional _interactive)
  "How Eglot starts the language server: `civic-program' lsp."
  (list civic-program "lsp"))

(with-eval-after-load 'eglot
  (defvar eglot-server-programs)
  (add-to-list 'eglot-server-programs '(civic-mode . civic-eglot-contact)))

;;;; The mode

(defvar civic-imenu-generic-expression
  `(("Roles" ,(concat "^[ \t]*\\(?:\\[[^]\n]*\\][ \t]*\\)?role[ \t]+\\(" civic--name-re "\\)") 1)
    ("Routes" "^[ \t]*\\(?:\\[[^]\n]*\\][ \t]*\\)?\\(route[ \t]+[^[{\n]*[^[{\n \t]\\)" 1)
    ("Scenarios" "^[ \t]*scenario[ \t]+\"\\([^\"\n]*\\)\"" 1)
    ("Calendars" ,(concat "^[ \t]*calendar[ \t]+\\(" civic--name-re "\\)[^\n]*{") 1))
  "Imenu entries for `civic-mode'.")

(defvar compile-command)

;;;###autoload
(define-derived-mode civic-mode prog-mode "Civic"
  "Major mode for Civic protocol files (a council's Member/Officer protocol).

\\{civic-mode-map}"
  :syntax-table civic-mode-syntax-table
  (setq-local font-lock-defaults '(civic--font-lock-keywords nil nil))
  (setq-local syntax-propertize-function civic--syntax-propertize)
  (setq-local comment-start "# ")
  (setq-local comment-end "")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local indent-line-function #'civic-indent-line)
  (setq-local indent-tabs-mode nil)
  (setq-local electric-indent-chars (append '(?}) electric-indent-chars))
  (setq-local imenu-generic-expression civic-imenu-generic-expression)
  (when buffer-file-name
    (setq-local compile-command
                (concat civic-program " check "
                        (shell-quote-argument (file-name-nondirectory buffer-file-name))))))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.civic\\'" . civic-mode))

(provide 'civic-mode)
;;; civic-mode.el ends here
