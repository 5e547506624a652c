# imported by main.py's threads at once: its last line matters
total = 0
for i in range(200000):
    total += i % 7
ready = 'yes'
