# Groups nested deeper than 10 levels print "... (max_group_depth is 10)".
eg = ValueError("leaf")
for i in range(12):
    eg = ExceptionGroup(f"level {i}", [eg, TypeError(i)])
raise eg
