def explode(n):
    if n == 0:
        return {}["boom"]
    return explode(n - 1)
