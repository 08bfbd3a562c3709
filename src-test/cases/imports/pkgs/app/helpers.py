print("init app.helpers"); def_name = "helpers"
