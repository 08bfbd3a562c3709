# pwd and grp: the user and group databases (entries that every Linux system has), and errors.
import grp
import os
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, type(root).__name__, type(root).__module__)
print(root[0] == root.pw_name, len(root), root[2:4], isinstance(root, tuple))
print(repr(pwd.getpwnam("root"))[:38])
print(pwd.getpwnam("root") == root, pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.n_fields)
print(pwd.getpwuid(True).pw_uid, pwd.getpwuid(os.getuid()).pw_uid == os.getuid())
everyone = pwd.getpwall()
print(type(everyone).__name__, everyone[0].pw_name, all(isinstance(p.pw_uid, int) for p in everyone))
print(len({p.pw_name for p in everyone}) == len(everyone))

g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, type(g).__name__, len(g))
print(grp.getgrnam("root") == g, grp.getgrall()[0].gr_name, grp.struct_group.n_sequence_fields)
print(all(isinstance(x.gr_mem, list) for x in grp.getgrall()))

class Uid:
    def __index__(self):
        return 0

print(pwd.getpwuid(Uid()).pw_name, grp.getgrgid(Uid()).gr_name)

def attempt(f, *args):
    try:
        f(*args)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

for uid in (4000000000, -1, 2**32, -7, 2**63):
    attempt(pwd.getpwuid, uid)
for gid in (4000000000, -1, 2**32, -7, 2**64, -2**70):
    attempt(grp.getgrgid, gid)
attempt(pwd.getpwnam, "no such user here")
attempt(pwd.getpwnam, 3)
attempt(pwd.getpwnam, "a\0b")
attempt(pwd.getpwuid, "0")
attempt(pwd.getpwuid, 1.0)
attempt(grp.getgrnam, "no such group here")
attempt(grp.getgrnam, b"root")
attempt(grp.getgrgid, "0")
