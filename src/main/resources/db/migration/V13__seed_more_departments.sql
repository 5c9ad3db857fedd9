-- Seeds the further 实施主体 that the seed service catalog (catalog/seed-catalog.json) needs and V11 lacks:
-- 烟草专卖局, the 兰山区 消防救援大队, the 兰山 office of the 住房公积金 centre and the public utilities
-- (供电、供水、供气) that run 水电气报装 in 临沂. Credit codes are synthetic but pass the GB 32100-2015 and GB 11714 checks;
-- '11' 机关, '12' 事业单位, '91' 企业. Utilities are AUTHORIZED: they handle the items as 公共服务 providers.

-- 临沂市
insert into department (credit_code, name, short_name, region_code, kind) values
    ('113713000043371537', '临沂市烟草专卖局', '烟草专卖局', '371300', 'STATUTORY'),
    ('913713008631074281', '国网山东省电力公司临沂供电公司', '供电公司', '371300', 'AUTHORIZED'),
    ('9137130016947325XG', '临沂市供水有限公司', '供水公司', '371300', 'AUTHORIZED'),
    ('91371300723570891K', '临沂港华燃气有限公司', '燃气公司', '371300', 'AUTHORIZED');

-- 临沂市兰山区
insert into department (credit_code, name, short_name, region_code, kind) values
    ('113713020043382368', '临沂市兰山区烟草专卖局', '烟草专卖局', '371302', 'STATUTORY'),
    ('11371302MB2930471N', '临沂市兰山区消防救援大队', '消防救援大队', '371302', 'STATUTORY'),
    ('12371302MB1857348R', '临沂住房公积金管理中心兰山管理部', '住房公积金管理部', '371302', 'AUTHORIZED'),
    ('91371302MA3C7N4P42', '国网山东省电力公司临沂市兰山区供电公司', '供电公司', '371302', 'AUTHORIZED');
