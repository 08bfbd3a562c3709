# errno: Linux's numbers and the errorcode table (aliases share a number).
import errno

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.EINVAL, errno.EPIPE)
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35])
print(errno.errorcode[95], errno.ENOTSUP, errno.EOPNOTSUPP, errno.ECONNREFUSED, errno.ETIMEDOUT)
print(len(errno.errorcode) > 100, sorted(errno.errorcode)[:5])
