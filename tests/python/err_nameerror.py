# NameError for an undefined name, with a suggestion from the builtins.
values = [1, 2, 3]
print(sum(values))
print(lenn(values))
