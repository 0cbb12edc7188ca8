class ConfigError(Exception):
    def __init__(self, key):
        super().__init__("missing key: " + key)
        self.key = key

print("loading")
try:
    raise ConfigError("db")
except ConfigError as e:
    print("first:", e, e.key)
raise ConfigError("port")
