# uncaught exception with an explicit cause (raise ... from ...)
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config value {text!r}") from e

print(load("12"))
load("twelve")
