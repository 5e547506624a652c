# Helper of global_init_module: ga is only partially initialised here.
import ga


def probe() -> int:
    try:
        return ga.get()
    except NameError as e:
        print("gb:", e)
        return -1


V: int = probe()
