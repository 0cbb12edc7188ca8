config = {"host": "localhost", "port": 8080}
print(config["host"])
print(config.get("user", "anonymous"))
print(config["user"])
