a = f"{x:{w}}" f"{}" f"{a!z}" f"}" f"{x=}" f"{a!a}" f"{\n}" f"{#}" f"{x"
