# pkgutil.iter_modules / walk_packages over a directory on sys.path and over the bundled library:
# sorted names, packages (folders with __init__) flagged, plain folders and non-module files left
# out, a package listed before a same-named module, prefixes applied.
import json
import os
import pkgutil
import sys
import tempfile

with tempfile.TemporaryDirectory() as root:
    def write(rel, text=''):
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)

    write('alpha.py', 'A = 1\n')
    write('beta/__init__.py', 'from .inner import B\n')
    write('beta/inner.py', 'B = 2\n')
    write('beta/sub/__init__.py')
    write('beta/sub/deep.py')
    write('gamma/notes.txt', 'not a package\n')
    write('delta.py')
    write('delta/__init__.py')
    write('README.md', '# docs\n')
    write('epsilon.data.py')
    sys.path.insert(0, root)
    print([(m.name, m.ispkg) for m in pkgutil.iter_modules([root])])
    print([(m.name, m.ispkg) for m in pkgutil.iter_modules([os.path.join(root, 'beta')], 'beta.')])
    print(sorted(m.name for m in pkgutil.walk_packages([root])))
    import beta
    print(sorted(m.name for m in pkgutil.iter_modules(beta.__path__)), beta.B)
    print(type(pkgutil.get_importer(root)).__name__, pkgutil.get_importer(root).path == root)
    sys.path.remove(root)

print(sorted(m.name for m in pkgutil.iter_modules(json.__path__)))
print(sorted(m.name for m in pkgutil.walk_packages(json.__path__, 'json.')))
top = {m.name for m in pkgutil.iter_modules()}
print(all(n in top for n in ('json', 'os', 'collections', 'importlib', 'email')))
