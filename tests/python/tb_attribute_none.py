# AttributeError on None and a method call error with carets
class Node:
    def __init__(self, nxt=None):
        self.next = nxt

def length(n):
    count = 0
    while n.next.next is not None or count < 10:
        count += 1
        n = n.next
    return count

print("start")
length(Node(Node(Node())))
