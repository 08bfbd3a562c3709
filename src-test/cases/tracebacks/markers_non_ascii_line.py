name = 'café' + 1
