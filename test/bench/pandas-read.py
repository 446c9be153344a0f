"""The yardstick of `npm run bench`: pandas only reading the same files (every sheet, no interpretation).
Usage: python3 pandas-read.py DIR_OR_FILE...  Prints {"files": n, "seconds": s} (time inside Python)."""
import json, os, sys, time
import pandas as pd
import xlrd

def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _, names in sorted(os.walk(path)):
                for name in sorted(names):
                    yield os.path.join(root, name)
        else:
            yield path

start = time.perf_counter()
count = 0
for path in files(sys.argv[1:]):
    if path.endswith('.csv'):
        try:
            pd.read_csv(path, header=None, encoding='utf-8', dtype=str, on_bad_lines='skip', engine='c')
        except UnicodeDecodeError:
            pd.read_csv(path, header=None, encoding='gb18030', dtype=str, on_bad_lines='skip', engine='c')
    elif path.endswith('.xlsx'):
        pd.read_excel(path, sheet_name=None, header=None)
    elif path.endswith('.xls'):
        # Debian's xlrd (1.2) is older than pandas accepts; xlrd itself reads the sheets into a DataFrame.
        book = xlrd.open_workbook(path)
        for sheet in book.sheets():
            pd.DataFrame([sheet.row_values(r) for r in range(sheet.nrows)])
    else:
        continue
    count += 1
print(json.dumps({"files": count, "seconds": time.perf_counter() - start}))
