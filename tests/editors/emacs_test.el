;;; emacs_test.el --- civic-mode in Emacs, for make check -*- lexical-binding: t -*-
;; Run by tests/editors/emacs.sh as
;;   emacs -Q --batch -l COMPILED-civic-mode.elc -l tests/editors/emacs_test.el
;; with CIVIC_TEST_CORPUS (files, by spaces) and CIVIC_TEST_DIAGNOSTICS (a file
;; of civic check's output on tests/editors/fixtures/mistakes.civic) set.
;; Prints "ok - NAME" or "FAIL - NAME: DETAIL" for each check.

(require 'compile)
(defvar civic-test-failed 0)

(defun civic-test (ok name &optional detail)
  (unless ok (setq civic-test-failed (1+ civic-test-failed)))
  (princ (format "%s - %s%s\n" (if ok "ok" "FAIL") name
                 (if (or ok (null detail)) "" (format ": %S" detail)))))

(defun civic-test-face-at (line-re text)
  "The face at TEXT in the first line matching LINE-RE."
  (save-excursion
    (goto-char (point-min))
    (if (not (re-search-forward line-re nil t))
        (list 'no-line line-re)
      (beginning-of-line)
      (if (not (search-forward text (line-end-position) t))
          (list 'not-in-line text)
        (get-text-property (match-beginning 0) 'face)))))

(defun civic-test-face (line-re text face)
  (let ((got (civic-test-face-at line-re text)))
    (civic-test (cond ((null face) (null got)) ((listp got) (memq face got)) (t (eq got face)))
                (format "%s: '%s' is %s" (buffer-name) text face) got)))

(defvar civic-test-corpus (split-string (getenv "CIVIC_TEST_CORPUS")))

;; ---- every file opens in civic-mode, highlighted without error -------------------------
(dolist (f civic-test-corpus)
  (let ((err nil))
    (with-current-buffer (find-file-noselect f)
      (condition-case e (font-lock-ensure) (error (setq err e)))
      (civic-test (and (eq major-mode 'civic-mode) (null err))
                  (format "%s: civic-mode, highlighted" f) (or err major-mode)))))

;; ---- highlighting ----------------------------------------------------------------------
(with-current-buffer (find-file-noselect "protocols/houghton-regis.civic")
  (font-lock-ensure)
  (civic-test-face "^\\[10\\.2\\] Officer must respond" "[10.2]" 'civic-clause-label-face)
  (civic-test-face "^\\[10\\.2\\] Officer must respond" "Officer" 'font-lock-type-face)
  (civic-test-face "^\\[10\\.2\\] Officer must respond" "must" 'civic-modality-face)
  (civic-test-face "^\\[10\\.2\\] Officer must respond" "2 working days" 'font-lock-constant-face)
  (civic-test-face "^\\[8\\.1\\] Member must not manage" "not" 'civic-prohibition-face)
  (civic-test-face "^\\[8\\.1\\] Member cannot instruct" "cannot" 'civic-prohibition-face)
  (civic-test-face "^\\[4\\.3\\] adopts \\[MP-1\\]" "[MP-1]" 'civic-clause-face)
  (civic-test-face "^[ \t]*calendar england-and-wales" "and" 'font-lock-constant-face)
  (civic-test-face "^[ \t]*review[ \t]+annually" "review" 'font-lock-variable-name-face)
  (civic-test-face "^protocol \"" "Officer/Member" 'font-lock-string-face)
  (civic-test-face "^# Houghton Regis" "Houghton" 'font-lock-comment-face)
  (civic-test-face "^\\[7\\.1\\] Member and Officer" "and" 'font-lock-keyword-face)
  (civic-test-face "^[ \t]*overseen by Council" "overseen" 'font-lock-variable-name-face)
  (civic-test-face "^\\[8\\.1\\] relation manager of Clerk is nobody" "nobody" 'font-lock-keyword-face)
  (civic-test-face "^[ \t]*\\[12\\.3\\] refer to MonitoringOfficer" "refer" 'font-lock-keyword-face))
(with-current-buffer (find-file-noselect "protocols/houghton-regis.test.civic")
  (font-lock-ensure)
  (civic-test-face "^[ \t]*expect \\[10\\.2\\] due 2025-12-29" "due" 'font-lock-constant-face)
  (civic-test-face "^[ \t]*2025-12-29 nothing" "nothing" 'font-lock-keyword-face))
(with-current-buffer (find-file-noselect "protocols/market-drayton.civic")
  (font-lock-ensure)
  (civic-test-face "^\\[Chairs and vice-chairs/1\\] role" "and" 'civic-clause-label-face))
(with-current-buffer (find-file-noselect "stdlib/calendars/england-and-wales.civic")
  (font-lock-ensure)
  (civic-test-face "\"Early May bank holiday\" on first monday of may" "of may" nil)
  (civic-test-face "\"Early May bank holiday\" on first monday of may" "may from" 'font-lock-constant-face))
(with-temp-buffer
  (civic-mode)
  (insert "[9.1] Officer must not withhold information when \"they must not know\"\n")
  (font-lock-ensure)
  (civic-test-face "withhold" "must not know" 'font-lock-string-face))

(with-temp-buffer
  (civic-mode)
  (insert "role Clerk2 \"Town Clerk\n[8.1] Member must not instruct Officer \"x\" # note\n")
  (font-lock-ensure)
  (civic-test-face "^role Clerk2" "\"Town" 'font-lock-warning-face)
  (civic-test-face "^\\[8\\.1\\]" "Member" 'font-lock-type-face)
  (civic-test-face "^\\[8\\.1\\]" "note" 'font-lock-comment-face))

;; ---- comments ------------------------------------------------------------------------
(with-temp-buffer
  (civic-mode)
  (insert "Member must not instruct Officer")
  (comment-region (point-min) (point-max))
  (civic-test (equal (buffer-string) "# Member must not instruct Officer") "comment-region writes #"
              (buffer-string)))

;; ---- indentation: each file, its indentation stripped, comes back --------------------
(dolist (f civic-test-corpus)
  (let* ((want (with-temp-buffer (insert-file-contents f) (buffer-string)))
         (got (with-temp-buffer
                (insert want)
                (goto-char (point-min))
                (while (re-search-forward "^[ \t]+" nil t) (replace-match ""))
                (civic-mode)
                (let ((inhibit-message t)) (indent-region (point-min) (point-max)))
                (buffer-string))))
    (civic-test (equal want got) (format "%s: indent-region indents it as written" f)
                (unless (equal want got)
                  (let ((w (split-string want "\n")) (g (split-string got "\n")) (n 0))
                    (while (and w (equal (car w) (car g))) (setq w (cdr w) g (cdr g) n (1+ n)))
                    (format "line %d: %S" (1+ n) (car g)))))))

(let ((want (concat "[1] X must y when (about Member\n      \"a\" and\n      about Officer)\n"
                   "Member must z\nrole Deputy \"Deputy\" is Officer {\n  aka \"Assistant Clerk\"\n"
                   "  manages Officer\n}\n")))
  (with-temp-buffer
    (insert (replace-regexp-in-string "^[ \t]+" "" want))
    (civic-mode)
    (let ((inhibit-message t)) (indent-region (point-min) (point-max)))
    (civic-test (equal (buffer-string) want) "made up: an open parenthesis, a block" (buffer-string))))

;; ---- compile: civic check's diagnostics are links ------------------------------------
(let ((buf (generate-new-buffer "*civic-compilation*")))
  (with-current-buffer buf
    (insert-file-contents (getenv "CIVIC_TEST_DIAGNOSTICS"))
    (compilation-mode)
    (let ((compilation-error-regexp-alist '(civic)) (found '()))
      (compilation--flush-parse (point-min) (point-max))
      (compilation--ensure-parse (point-max))
      (goto-char (point-min))
      (while (not (eobp))
        (let ((msg (get-text-property (point) 'compilation-message)))
          (when msg
            (let ((loc (compilation--message->loc msg)))
              (push (list (caar (compilation--loc->file-struct loc))
                          (compilation--loc->line loc) (compilation--loc->col loc)
                          (compilation--message->type msg))
                    found))))
        (forward-line 1))
      (setq found (nreverse found))
      (civic-test (equal found '(("tests/editors/fixtures/mistakes.civic" 8 3 1)
                                 ("tests/editors/fixtures/mistakes.civic" 11 65 2)
                                 ("tests/editors/fixtures/mistakes.civic" 12 49 1)))
                  "compile: three diagnostics, each with file, line, column and error or warning"
                  found)))
  (kill-buffer buf))
(with-current-buffer (find-file-noselect "tests/editors/fixtures/mistakes.civic")
  (civic-test (equal compile-command "civic check mistakes.civic") "compile-command runs civic check on the file"
              compile-command))

;; ---- eglot: civic lsp ------------------------------------------------------------------
;; Eglot itself when this Emacs has it (29 and later), else a stand-in that
;; provides the feature and its variable, as loading Eglot would.
(unless (locate-library "eglot")
  (let ((dir (make-temp-file "civic-eglot" t)))
    (with-temp-file (expand-file-name "eglot.el" dir)
      (insert "(defvar eglot-server-programs nil)\n(provide 'eglot)\n"))
    (push dir load-path)))
(require 'eglot)
(let* ((entry (assq 'civic-mode eglot-server-programs))
       (contact (and entry (funcall (cdr entry) nil))))
  (civic-test (equal contact '("civic" "lsp")) "eglot starts civic lsp" entry))

;; ---- imenu ------------------------------------------------------------------------
(require 'imenu)
(with-current-buffer (find-file-noselect "protocols/houghton-regis.civic")
  (let* ((index (imenu--generic-function imenu-generic-expression))
         (roles (mapcar #'car (cdr (assoc "Roles" index)))))
    (civic-test (member "ChairCorporateServices" roles) "imenu lists the roles" roles)))

(princ (format "%d failed\n" civic-test-failed))
;;; emacs_test.el ends here
