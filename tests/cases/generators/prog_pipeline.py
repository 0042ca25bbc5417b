# A grep/filter/map pipeline of generators over lines of text.
LOG = """\
2024-01-01 INFO start service
2024-01-01 ERROR disk full on /dev/sda1
2024-01-02 WARN slow response 1200ms
2024-01-02 ERROR timeout talking to db
2024-01-03 INFO stop service
2024-01-03 ERROR disk full on /dev/sdb2
"""

def lines(text):
    for line in text.splitlines():
        print('  read:', line[:10])
        yield line

def grep(pattern, lines):
    for line in lines:
        if pattern in line:
            yield line

def fields(lines):
    for line in lines:
        date, level, message = line.split(' ', 2)
        yield {'date': date, 'level': level, 'message': message}

def project(records, key):
    for r in records:
        yield r[key]

pipeline = project(fields(grep('ERROR', lines(LOG))), 'message')
print('pipeline built, nothing read yet')
for message in pipeline:
    print('ERROR:', message)
counts = {}
for level in project(fields(lines(LOG)), 'level'):
    counts[level] = counts.get(level, 0) + 1
print(sorted(counts.items()))
