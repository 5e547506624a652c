# stm-stress: 5
# Threads whose first use of os.stat, os.walk and os.scandir comes at the
# same time: those attributes are imported at their first use (os's
# __getattr__), and a thread arriving while another runs that import must
# wait for it, not see a half-made module ("module 'os' has no attribute
# 'stat'").  Each thread sums the sizes it finds; all agree.
import os
import threading

os.mkdir('w')
for i in range(12):
    with open('w/f%02d' % i, 'w') as f:
        f.write('x' * i)
results = {}


def work(k):
    total = 0
    for _ in range(20):
        names = sorted(os.listdir('w'))
        total += sum(os.stat(os.path.join('w', n)).st_size for n in names)
        total += sum(len(files) for _, _, files in os.walk('w'))
        total += sum(e.is_file() for e in os.scandir('w'))
    results[k] = total


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
for name in os.listdir('w'):
    os.remove(os.path.join('w', name))
os.rmdir('w')
print(os.listdir())
