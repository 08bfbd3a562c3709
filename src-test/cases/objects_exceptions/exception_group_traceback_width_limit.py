# At most 15 members of a group are printed; the rest are counted.
raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
