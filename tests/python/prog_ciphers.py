# Classical ciphers: Caesar with brute-force cracking by letter frequency,
# Vigenere, a substitution cipher from str.maketrans, and base-N encodings
# written by hand; bytes and str conversions along the way.
import string

PLAIN = "Attack at dawn! The eagle lands at 0600, bring 3 maps."


def caesar(text, shift):
    def rot(ch):
        for alphabet in (string.ascii_lowercase, string.ascii_uppercase):
            if ch in alphabet:
                return alphabet[(alphabet.index(ch) + shift) % 26]
        return ch
    return "".join(map(rot, text))


def englishness(text):
    common = "etaoinshrdlu"
    return sum(len(common) - common.index(c) for c in text.lower() if c in common)


def crack(cipher):
    return max(range(26), key=lambda k: englishness(caesar(cipher, -k)))


def vigenere(text, key, sign=1):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            out.append(chr((ord(ch) - base + sign * shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def to_base(n, digits):
    if n == 0:
        return digits[0]
    out = []
    while n:
        n, r = divmod(n, len(digits))
        out.append(digits[r])
    return "".join(reversed(out))


c = caesar(PLAIN, 13)
print(c)
print(caesar(c, 13) == PLAIN, crack(caesar(PLAIN, 7)))
v = vigenere(PLAIN, "lemon")
print(v, vigenere(v, "lemon", -1) == PLAIN)
key = string.ascii_lowercase[::-1]
table = str.maketrans(string.ascii_lowercase, key)
sub = PLAIN.lower().translate(table)
print(sub, sub.translate(str.maketrans(key, string.ascii_lowercase)))
data = PLAIN.encode("utf-8")
n = int.from_bytes(data, "big")
b58 = to_base(n, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
print(len(data), b58[:30], len(b58))
print(to_base(255, "01"), to_base(255, string.hexdigits[:16]), to_base(0, "xyz"))
print(n.to_bytes(len(data), "big").decode() == PLAIN, data[:6], list(data[:4]), data.hex()[:16])
