from collections import Counter

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness.
"""

PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
STOP = {'it', 'was', 'the', 'of'}


def words(text):
    table = str.maketrans('', '', PUNCTUATION)
    result = []
    for raw in text.lower().split():
        w = raw.translate(table)
        if w:
            result.append(w)
    return result


all_words = words(TEXT)
counts = Counter(all_words)
print('total words:', len(all_words), 'distinct:', len(counts))
print('top 5:', counts.most_common(5))
content = Counter(w for w in all_words if w not in STOP)
for word, n in sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f'{word:<12}{n:>3} {"#" * n}')
by_length = {}
for w in sorted(set(all_words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, ', '.join(by_length[length]))
longest = max(counts, key=lambda w: (len(w), w))
print('longest:', longest, counts[longest])
