"""Shared reference data and helpers for the seed service catalog generator.

Reads regions (V10), departments (V11 + V13) and halls (V12) straight from the Flyway migrations so that
every listing's 实施主体 and 办理地点 is checked against the rows the application really loads.
Stdlib only; everything here is deterministic.
"""
import hashlib
import os
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
MIGRATIONS = os.path.join(ROOT, 'src', 'main', 'resources', 'db', 'migration')

DEPTH_ORDER = ['CONSULT', 'RECEIVE', 'PRE_REVIEW', 'ACCEPT', 'PROCESS', 'RESULT_FEEDBACK', 'LICENSE_FEEDBACK']
FORM_ORDER = ['WINDOW', 'ONLINE', 'POST']


def _read(name):
    with open(os.path.join(MIGRATIONS, name), encoding='utf-8') as f:
        return f.read()


def _migration(prefix):
    for name in sorted(os.listdir(MIGRATIONS)):
        if name.startswith(prefix + '__'):
            return name
    return None


REGION_RE = re.compile(r"\('(\d+)', '([^']+)', '(PROVINCE|CITY|COUNTY|TOWNSHIP|VILLAGE)', (?:null|'(\d+)'), '([^']+)'\)")
DEPT_RE = re.compile(r"\('([0-9A-Z]{18})', '([^']+)', '([^']+)', '(\d+)', '(STATUTORY|AUTHORIZED|ENTRUSTED)'\)")
HALL_RE = re.compile(r"\('(H\d+)', '([^']+)', '(SERVICE_CENTER|CONVENIENCE_CENTER|CONVENIENCE_STATION)', '(\d+)', '[^']*', [\d.]+, [\d.]+, '[^']*', (?:null|'([^']*)')\)")

REGIONS = {}
for code, name, level, parent, full in REGION_RE.findall(_read(_migration('V10'))):
    REGIONS[code] = {'code': code, 'name': name, 'level': level, 'parent': parent or None, 'full': full}

DEPARTMENTS = {}          # name -> row
DEPARTMENT_ORDER = []
for mig in ('V11', 'V13'):
    fname = _migration(mig)
    if fname is None:
        continue
    for credit, name, short, region, kind in DEPT_RE.findall(_read(fname)):
        if name in DEPARTMENTS:
            raise SystemExit('duplicate department name in migrations: ' + name)
        DEPARTMENTS[name] = {'credit': credit, 'name': name, 'short': short, 'region': region, 'kind': kind, 'source': mig}
        DEPARTMENT_ORDER.append(name)

HALLS = {}                # code -> row
for code, name, kind, region, phone in HALL_RE.findall(_read(_migration('V12'))):
    HALLS[code] = {'code': code, 'name': name, 'kind': kind, 'region': region, 'phone': phone}
HALL_BY_REGION = {}
for h in HALLS.values():
    HALL_BY_REGION.setdefault(h['region'], h)


def level_of(region_code):
    """Level by the shape of the code, as the brief defines it."""
    if region_code == '370000':
        return 'PROVINCE'
    if len(region_code) == 6:
        return 'CITY' if region_code.endswith('00') else 'COUNTY'
    if len(region_code) == 9:
        return 'TOWNSHIP'
    if len(region_code) == 12:
        return 'VILLAGE'
    raise ValueError(region_code)


def hall_for(region_code):
    """The hall of the region itself, else of the nearest ancestor that has one."""
    code = region_code
    while code:
        if code in HALL_BY_REGION:
            return HALL_BY_REGION[code]
        code = REGIONS[code]['parent']
    raise KeyError(region_code)


# ---------------------------------------------------------------------------------------------------------
# Department selection
# ---------------------------------------------------------------------------------------------------------

LY = '371300'
LS = '371302'
JN = '370100'
ZZ = '370400'
SD = '370000'
LY_COUNTIES = ['371302', '371311', '371312', '371321', '371322', '371323', '371324', '371325',
               '371326', '371327', '371328', '371329']

KIND = {
    'SP': ('行政审批服务局',),
    'GA': ('公安厅', '公安局', '公安分局'),
    'RS': ('人力资源和社会保障厅', '人力资源和社会保障局'),
    'SB': ('社会保险事业中心',),
    'MZ': ('民政厅', '民政局'),
    'SC': ('市场监督管理局',),
    'ZJ': ('住房和城乡建设厅', '住房和城乡建设局'),
    'ZR': ('自然资源厅', '自然资源和规划局', '自然资源和规划分局'),
    'BDC': ('不动产登记中心',),
    'JT': ('交通运输厅', '交通运输局'),
    'WJ': ('卫生健康委员会', '卫生健康局'),
    'JY': ('教育厅', '教育局', '教育和体育局'),
    'YB': ('医疗保障局',),
    'SW': ('税务局',),
    'SF': ('司法厅', '司法局'),
    'HB': ('生态环境厅', '生态环境局', '生态环境分局'),
    'TY': ('退役军人事务厅', '退役军人事务局'),
    'CL': ('残疾人联合会',),
    'SL': ('水利局',),
    'NY': ('农业农村局',),
    'WL': ('文化和旅游局',),
    'YJ': ('应急管理局',),
    'SWJ': ('商务局',),
    'XF': ('消防救援支队', '消防救援大队'),
    'GJJ': ('住房公积金管理中心', '住房公积金中心', '住房公积金管理部'),
    'DSJ': ('大数据局', '大数据中心'),
    'ZWB': ('政务服务中心管理办公室',),
    'YC': ('烟草专卖局',),
    'GD': ('供电公司',),
    'GS': ('供水公司',),
    'RQ': ('燃气公司',),
}


def dept(region, kind):
    """Name of the department of the given kind in the given region; fails loudly if V11/V13 has none."""
    shorts = KIND[kind]
    found = [d['name'] for d in DEPARTMENTS.values() if d['region'] == region and d['short'] in shorts]
    if len(found) != 1:
        raise SystemExit('expected exactly one %s department in %s, found %r' % (kind, region, found))
    return found[0]


def depts(kind, regions):
    return [dept(r, kind) for r in regions]


def counties(kind, n=None, start=0):
    """Departments of a kind in the 临沂 counties (兰山区 first), optionally only the first n."""
    regions = LY_COUNTIES[start:] if n is None else LY_COUNTIES[start:start + n]
    return depts(kind, regions)


def townships(which=None, county=LS):
    """街道办事处 / 镇人民政府 of 兰山区. which: None (all), 'street' (街道) or 'town' (镇)."""
    out = []
    for name in DEPARTMENT_ORDER:
        d = DEPARTMENTS[name]
        if len(d['region']) == 9 and d['region'].startswith(county):
            if which == 'street' and not d['short'].endswith('街道办事处'):
                continue
            if which == 'town' and not d['short'].endswith('镇人民政府'):
                continue
            out.append(name)
    return out


def villages(which=None, n=None, step=1):
    """居民委员会 / 村民委员会 of 兰山区. which: None, 'community' or 'village'; every step-th, at most n."""
    out = []
    for name in DEPARTMENT_ORDER:
        d = DEPARTMENTS[name]
        if len(d['region']) != 12:
            continue
        if which == 'community' and not d['short'].endswith('居民委员会'):
            continue
        if which == 'village' and not d['short'].endswith('村民委员会'):
            continue
        out.append(name)
    out = out[::step]
    return out if n is None else out[:n]


# ---------------------------------------------------------------------------------------------------------
# Contact information per department
# ---------------------------------------------------------------------------------------------------------

AREA_CODE = {'3701': '0531', '3704': '0632', '3713': '0539', '3700': '0531'}

HOTLINE = {
    'SW': '12366', 'RS': '12333', 'SB': '12333', 'GJJ': '12329', 'YB': '12393', 'GD': '95598',
}


def kind_of(dept_name):
    short = DEPARTMENTS[dept_name]['short']
    for k, shorts in KIND.items():
        if short in shorts:
            return k
    if short.endswith('街道办事处') or short.endswith('镇人民政府'):
        return 'TOWN'
    if short.endswith('委员会') and len(DEPARTMENTS[dept_name]['region']) == 12:
        return 'VILLAGE'
    return 'OTHER'


def consult_phone(dept_name):
    d = DEPARTMENTS[dept_name]
    k = kind_of(dept_name)
    if k in HOTLINE:
        return HOTLINE[k]
    area = AREA_CODE[d['region'][:4]]
    digest = hashlib.sha1(dept_name.encode('utf-8')).hexdigest()
    number = '8' + ''.join(str(int(c, 16) % 10) for c in digest[:6])
    return '%s-%s' % (area, number)


def complaint_phone(dept_name):
    return '95598' if kind_of(dept_name) == 'GD' else '12345'


def _county_government(region):
    r = REGIONS[region]
    city = REGIONS[r['parent']]['name']
    if r['name'].endswith('区'):
        return city + r['name'] + '人民政府'
    return r['name'] + '人民政府'


COURT = {
    '370000': '济南铁路运输法院', '370100': '济南铁路运输法院', '370400': '枣庄市薛城区人民法院',
    '371300': '临沂市兰山区人民法院',
}


def _court(region):
    if region in COURT:
        return COURT[region]
    if len(region) > 6:
        region = region[:6]
    r = REGIONS[region]
    city = REGIONS[r['parent']]['name']
    return (city + r['name'] if r['name'].endswith('区') else r['name']) + '人民法院'


def review_body(dept_name):
    d = DEPARTMENTS[dept_name]
    k = kind_of(dept_name)
    region = d['region']
    if k in ('GD', 'GS', 'RQ'):
        return '不适用行政复议（服务争议可向临沂市12345政务服务便民热线或行业主管部门投诉）'
    if k == 'SW':
        return {'370000': '国家税务总局', '371300': '国家税务总局山东省税务局'}.get(region, '国家税务总局临沂市税务局')
    if k == 'YC':
        return '山东省烟草专卖局' if region == '371300' else '临沂市烟草专卖局'
    if k == 'XF':
        return '山东省消防救援总队' if region == '371300' else '临沂市消防救援支队'
    if d['short'].endswith('分局') and region == LS:
        return '临沂市人民政府或临沂市兰山区人民政府'
    if k == 'GJJ' and region == LS:
        return '临沂市人民政府'
    if region == '370000':
        return '山东省人民政府'
    if len(region) == 6 and region.endswith('00'):
        return REGIONS[region]['name'] + '人民政府'
    if len(region) == 6:
        return _county_government(region)
    return _county_government(region[:6])


def contact(dept_name):
    return {
        'consultPhone': consult_phone(dept_name),
        'complaintPhone': complaint_phone(dept_name),
        'reviewBody': review_body(dept_name),
        'litigationBody': _court(DEPARTMENTS[dept_name]['region']),
    }


# ---------------------------------------------------------------------------------------------------------
# Material helpers
# ---------------------------------------------------------------------------------------------------------

def M(name, t='ORIGINAL', f='PAPER_OR_ELECTRONIC', n=1, nec='REQUIRED', src='APPLICANT', iss='申请人',
      std='内容真实、完整、清晰', note='无需填写', basis=None, form=False, size='A4'):
    """One 申请材料. form=True marks a 表格 (its blank and sample forms are named after it)."""
    return {
        'name': name, 'type': t, 'form': f, 'copies': n, 'paperSize': size if f != 'ELECTRONIC' else '不适用',
        'necessity': nec, 'source': src, 'issuer': iss, 'acceptanceStandard': std, 'fillingNotes': note,
        'basis': basis, 'isForm': form,
        'blankForm': name + '（空表）' if form else None,
        'sampleForm': name + '（样表）' if form else None,
    }


def F(name, std='填写完整、准确，申请人签字（盖章）', note='按样表如实填写，不得涂改；网上申请的在线填报后电子签名', n=1,
      f='PAPER_OR_ELECTRONIC', basis=None, iss='申请人'):
    """An application form (申请表/登记表), always with blank and sample form."""
    return M(name, 'ORIGINAL', f, n, 'REQUIRED', 'APPLICANT', iss, std, note, basis, True)


def ID(who='', nec='REQUIRED'):
    return M(who + '居民身份证', 'ORIGINAL', 'PAPER_OR_ELECTRONIC', 1, nec, 'GOVERNMENT', '公安机关',
             '在有效期内；已归集电子证照的可通过“爱山东”电子证照库调取，免于提交实体证件', '无需填写', size='不适用')


def HUKOU(who='', nec='REQUIRED'):
    return M(who + '居民户口簿', 'ORIGINAL', 'PAPER_OR_ELECTRONIC', 1, nec, 'GOVERNMENT', '公安机关',
             '户主页和本人页齐全；可通过电子证照共享核验', '无需填写', size='不适用')


def BL(nec='REQUIRED'):
    return M('营业执照', 'ORIGINAL_OR_COPY', 'PAPER_OR_ELECTRONIC', 1, nec, 'GOVERNMENT', '市场监督管理部门（行政审批服务部门）',
             '在有效期内；可通过电子营业执照或部门共享核验，免于提交', '无需填写', size='不适用')


def LEGAL_ID():
    return ID('法定代表人（负责人）')


def AUTH(who='申请人'):
    return M('授权委托书', 'ORIGINAL', 'PAPER_OR_ELECTRONIC', 1, 'OPTIONAL', 'APPLICANT', who,
             '写明委托事项、权限和期限，委托人签字（单位加盖公章）', '委托他人代办时提交，按样表填写', None, True)


def AGENT_ID():
    return ID('受托人', 'OPTIONAL')


def PHOTO(spec='1寸', n=2, who=''):
    return M('%s近期%s免冠彩色照片' % (who, spec), 'ORIGINAL', 'PAPER_OR_ELECTRONIC', n, 'REQUIRED', 'APPLICANT', '申请人',
             '白色或浅蓝色背景，正面免冠，五官清晰；也可现场拍摄或使用回执照片', '无需填写', size='照片规格')


def BANK(nec='REQUIRED'):
    return M('社会保障卡或本人银行账户信息', 'ORIGINAL', 'PAPER_OR_ELECTRONIC', 1, nec, 'OTHER', '发卡银行（人力资源社会保障部门）',
             '账户为本人名下、状态正常；已激活社保卡金融账户的可直接使用', '无需填写', size='不适用')


def COMMIT(name='申请材料真实性承诺书', nec='REQUIRED', src='APPLICANT'):
    return M(name, 'ORIGINAL', 'PAPER_OR_ELECTRONIC', 1, nec, src, '申请人',
             '按格式文本签署，申请人签字（盖章）', '使用统一格式文本，逐项勾选并签字（盖章）', None, True)


def PROPERTY(nec='REQUIRED', std='权利人、坐落与申请信息一致；已登记的可通过不动产登记信息共享核验'):
    return M('不动产权证书或购房合同等房屋权属证明', 'ORIGINAL_OR_COPY', 'PAPER_OR_ELECTRONIC', 1, nec, 'GOVERNMENT',
             '不动产登记机构（或房屋出卖人）', std, '无需填写')


def SITE(nec='REQUIRED'):
    return M('经营场所使用证明（产权证明或租赁合同）', 'COPY', 'PAPER_OR_ELECTRONIC', 1, nec, 'APPLICANT', '申请人（产权人）',
             '场所地址与申请地址一致；可用住所（经营场所）申报承诺替代', '租赁的应提供租期内的租赁合同')
