" Civic protocol files: *.civic (scenario files too: *.test.civic).
autocmd BufRead,BufNewFile *.civic setfiletype civic
