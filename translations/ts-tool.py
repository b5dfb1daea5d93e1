#!/usr/bin/env python3
"""Works through a Qt .ts catalogue in batches (see translations/README.md).

  ts-tool.py stats  TS                      counts: messages, finished, unfinished
  ts-tool.py list   TS [--size N] [--all]   the next N unfinished messages as JSON lines:
                                            {"id", "context", "source", "comment", "note", "numerus"}
  ts-tool.py apply  TS FILE.json...         sets translations from {"id": "text" | ["one", "many"]}
  ts-tool.py check  TS                      placeholders, accelerators, tags, trailing punctuation
  ts-tool.py same   TS OTHER.ts             whether both hold the same messages (exit 1 if not)

An id is a hash of (context, source, comment), so a translation file stays valid after lupdate
reorders or adds messages. apply rewrites the file through lconvert, in lupdate's own layout.
"""
import hashlib, json, re, shutil, subprocess, sys, xml.etree.ElementTree as ET


def msg_id(ctx, src, comment):
    return hashlib.sha1('\x1f'.join((ctx, src, comment or '')).encode()).hexdigest()[:10]


def messages(tree):
    for context in tree.getroot().iter('context'):
        ctx = context.findtext('name') or ''
        for m in context.iter('message'):
            src = m.findtext('source') or ''
            yield msg_id(ctx, src, m.findtext('comment')), ctx, m


def unfinished(m):
    t = m.find('translation')
    if t is None or t.get('type') == 'unfinished':
        return True
    forms = t.findall('numerusform')
    texts = [f.text for f in forms] if m.get('numerus') == 'yes' else [t.text]
    return not texts or any(not x for x in texts)


def cmd_stats(path):
    tree = ET.parse(path)
    total = done = 0
    for _, _, m in messages(tree):
        if m.find('translation') is not None and m.find('translation').get('type') in ('obsolete', 'vanished'):
            continue
        total += 1
        done += not unfinished(m)
    print(f'{path}: {total} messages, {done} translated, {total - done} unfinished')
    return 0 if total == done else 1


def cmd_list(path, size, everything):
    n = 0
    for mid, ctx, m in messages(ET.parse(path)):
        if not everything and not unfinished(m):
            continue
        rec = {'id': mid, 'context': ctx, 'source': m.findtext('source')}
        if m.findtext('comment'):
            rec['comment'] = m.findtext('comment')
        if m.findtext('extracomment'):
            rec['note'] = m.findtext('extracomment')
        if m.get('numerus') == 'yes':
            rec['numerus'] = True
        print(json.dumps(rec, ensure_ascii=False))
        n += 1
        if n >= size:
            break
    return 0


def cmd_apply(path, files):
    table = {}
    for f in files:
        table.update(json.load(open(f, encoding='utf-8')))
    tree = ET.parse(path)
    used = set()
    for mid, _, m in messages(tree):
        if mid not in table:
            continue
        used.add(mid)
        text = table[mid]
        t = m.find('translation')
        if t is None:
            t = ET.SubElement(m, 'translation')
        t.attrib.pop('type', None)
        t.text = None
        for f in list(t):
            t.remove(f)
        if m.get('numerus') == 'yes':
            forms = text if isinstance(text, list) else [text, text]
            for form in forms:
                ET.SubElement(t, 'numerusform').text = form
        else:
            t.text = text if isinstance(text, str) else text[0]
    stale = set(table) - used
    if stale:
        print(f'note: {len(stale)} ids match no message (source changed?): {" ".join(sorted(stale)[:20])}', file=sys.stderr)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    lconvert = shutil.which('lconvert') or '/usr/lib/qt6/bin/lconvert'
    subprocess.run([lconvert, '-locations', 'none', '-i', path, '-o', path], check=True)
    print(f'applied {len(used)} translations')
    return cmd_check(path)


PLACEHOLDER = re.compile(r'%L?(?:\d+|n)')
# HTML only: <command>, <id>, <verb> in the CLI's usage lines are words a translator may translate.
TAG = re.compile(r'<(/?(?:a|b|i|u|p|br|h[1-6]|tt|code|pre|em|strong|span|div|ul|ol|li|table|tr|td|th|small|big|font|hr|img|nobr|qt))\b[^>]*>', re.I)


def problems(src, text):
    out = []
    if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)) and not (
            '%n' in src and set(PLACEHOLDER.findall(text)) <= set(PLACEHOLDER.findall(src))):
        out.append('placeholders differ')
    if sorted(TAG.findall(src)) != sorted(TAG.findall(text)):
        out.append('HTML tags differ')
    acc = lambda s: len(re.findall(r'&(?!&)\w', s.replace('&&', '')))
    if acc(src) != acc(text):
        out.append('accelerator (&) missing or extra')
    for end in ('…', '...', ':', '.', '?', '!', '\n'):
        if src.rstrip(' ').endswith(end) != text.rstrip(' ').endswith(end) and end in ('…', ':', '\n'):
            out.append(f'trailing "{end!r}" differs')
    return out


def cmd_check(path):
    bad = 0
    for mid, ctx, m in messages(ET.parse(path)):
        if unfinished(m):
            continue
        src = m.findtext('source') or ''
        t = m.find('translation')
        texts = [f.text or '' for f in t.findall('numerusform')] if m.get('numerus') == 'yes' else [t.text or '']
        for text in texts:
            for p in problems(src, text):
                bad += 1
                print(f'{mid} [{ctx}] {p}: {src!r} -> {text!r}')
    return 1 if bad else 0


def keys(path):
    return {(ctx, m.findtext('source') or '', m.findtext('comment') or '', m.get('numerus') == 'yes')
            for _, ctx, m in messages(ET.parse(path))
            if (m.find('translation') is None or m.find('translation').get('type') not in ('obsolete', 'vanished'))}


def cmd_same(path, other):
    mine, theirs = keys(path), keys(other)
    for label, rows in (('only in ' + path, mine - theirs), ('only in ' + other, theirs - mine)):
        for ctx, src, comment, numerus in sorted(rows)[:40]:
            print(f'{label}: [{ctx}] {src!r}' + (f' ({comment})' if comment else '') + (' [numerus]' if numerus else ''))
        if len(rows) > 40:
            print(f'{label}: … and {len(rows) - 40} more')
    return 0 if mine == theirs else 1


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    cmd, path = argv[1], argv[2]
    if cmd == 'stats':
        return cmd_stats(path)
    if cmd == 'list':
        size = int(argv[argv.index('--size') + 1]) if '--size' in argv else 150
        return cmd_list(path, size, '--all' in argv)
    if cmd == 'apply':
        return cmd_apply(path, argv[3:])
    if cmd == 'check':
        return cmd_check(path)
    if cmd == 'same' and len(argv) > 3:
        return cmd_same(path, argv[3])
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
