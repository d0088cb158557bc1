import re, sys, html
def convert(text, title):
    out=[]; fg=None; bg=None; bold=False; under=False; ucol=None; rev=False
    def span(t):
        if not t: return ''
        f,b = (bg or '#1e1e1e', fg or '#d4d4d4') if rev else (fg, bg)
        st=[]
        if f: st.append('color:'+f)
        if b: st.append('background:'+b)
        if bold: st.append('font-weight:bold')
        if under: st.append('text-decoration:underline wavy '+(ucol or 'currentColor'))
        return '<span style="%s">%s</span>'%(';'.join(st), html.escape(t)) if st else html.escape(t)
    pos=0
    for m in re.finditer(r'\x1b\[([0-9;:]*)m', text):
        out.append(span(text[pos:m.start()])); pos=m.end()
        codes=[c for c in re.split('[;:]', m.group(1))] if m.group(1) else ['0']
        i=0
        while i < len(codes):
            c=codes[i] or '0'
            if c=='0': fg=bg=None; bold=under=rev=False; ucol=None
            elif c=='1': bold=True
            elif c in ('4',): under=True
            elif c=='7': rev=True
            elif c=='22': bold=False
            elif c=='24': under=False
            elif c=='27': rev=False
            elif c=='39': fg=None
            elif c=='49': bg=None
            elif c in ('38','48','58') and i+4 < len(codes) and codes[i+1]=='2':
                col='#%02x%02x%02x'%tuple(int(x) for x in codes[i+2:i+5])
                if c=='38': fg=col
                elif c=='48': bg=col
                else: ucol=col
                i+=4
            i+=1
    out.append(span(text[pos:]))
    body=''.join(out)
    return ('<!doctype html><html lang="en"><meta charset="utf-8"><title>%s</title><style>body{margin:0;background:#1e1e1e}'
            'pre{margin:0;padding:12px 14px;color:#d4d4d4;font:15px/1.35 "DejaVu Sans Mono",monospace}</style><pre>%s</pre></html>')%(html.escape(title), body)
src, dst, title = sys.argv[1], sys.argv[2], sys.argv[3]
open(dst,'w').write(convert(open(src).read(), title))
