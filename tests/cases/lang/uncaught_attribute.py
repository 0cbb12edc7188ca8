class Config:
    def __init__(self):
        self.name = "app"
c = Config()
print(c.name)
print(c.nam)
