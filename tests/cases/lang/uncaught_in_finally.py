def work():
    try:
        print("working")
        raise ValueError("original problem")
    finally:
        print("cleanup")
        raise RuntimeError("cleanup failed")
work()
