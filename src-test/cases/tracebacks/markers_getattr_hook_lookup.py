class Proxy:
    def __getattr__(self, name):
        raise AttributeError('no ' + name)

Proxy().run()
