# cli: nosuch.py arg
# A program file that does not exist: CPython's message, exit status 2
