import app.util.strings as s; NAME = s.__name__
