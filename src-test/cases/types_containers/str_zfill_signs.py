print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '--4'.zfill(5), 'abc'.zfill(5), '-'.zfill(3))
