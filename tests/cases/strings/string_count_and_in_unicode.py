text = '北京欢迎你，北京是中国的首都。'
print(text.count('北京'), text.find('中国'), text.rfind('北京'))
print(text.startswith('北京'), text.endswith('。'))
print(text.split('，'))
print(text.replace('北京', '上海', 1))
print(len(text.encode('utf-8')), len(text))
