module example.com/gzipbench

go 1.22
