print("init app.config"); VERSION = "1.0"; _private = 1; public = 2
