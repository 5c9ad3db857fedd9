-- Seeds hall and hall_window: 政务服务中心 for the province, cities and the counties of 临沂、济南、枣庄; 兰山区 便民服务中心/站.
-- Addresses, coordinates (WGS-84) and phone numbers are plausible illustrative values, not verified contact data.

-- 政务服务中心
insert into hall (code, name, kind, region_code, address, latitude, longitude, opening_hours, phone) values
    ('H370000', '山东省政务服务中心', 'SERVICE_CENTER', '370000', '山东省济南市历下区经十路13777号', 36.654700, 117.087200, '周一至周五 上午9:00—12:00，下午13:00—17:00（夏季14:00—18:00）；周六上午延时服务', '0531-84992700'),
    ('H370100', '济南市政务服务中心', 'SERVICE_CENTER', '370100', '山东省济南市历下区龙奥北路8号', 36.655800, 117.126400, '周一至周五 8:30—12:00，13:30—17:30（夏季14:00—18:00）；周六9:00—12:00提供不动产、社保等高频事项延时服务', '0531-85919044'),
    ('H370200', '青岛市政务服务中心', 'SERVICE_CENTER', '370200', '山东省青岛市市南区香港中路59号', 36.067100, 120.382600, '工作日 上午8:30—12:00，下午13:00—17:00，中午不间断服务；法定节假日休息，可通过爱山东App预约', '0532-85777096'),
    ('H370300', '淄博市政务服务中心', 'SERVICE_CENTER', '370300', '山东省淄博市张店区联通路188号', 36.813100, 118.054800, '周一至周五 9:00—17:00（午间错时服务不打烊）；周六、周日9:00—12:00帮办代办', '0533-8074912'),
    ('H370400', '枣庄市政务服务中心', 'SERVICE_CENTER', '370400', '山东省枣庄市薛城区光明大道2666号', 34.805200, 117.273000, '周一至周五 上午8:30—12:00，下午13:30—17:30（夏季14:00—18:00）；周六上午延时服务，节假日除外', '0632-3056562'),
    ('H370500', '东营市政务服务中心', 'SERVICE_CENTER', '370500', '山东省东营市东营区府前大街66号', 37.434600, 118.674800, '周一至周五 上午9:00—12:00，下午13:00—17:00（夏季14:00—18:00）；周六上午延时服务', '0546-8376851'),
    ('H370600', '烟台市政务服务中心', 'SERVICE_CENTER', '370600', '山东省烟台市莱山区观海路36号', 37.463800, 121.447900, '周一至周五 8:30—12:00，13:30—17:30（夏季14:00—18:00）；周六9:00—12:00提供不动产、社保等高频事项延时服务', '0535-8730138'),
    ('H370700', '潍坊市政务服务中心', 'SERVICE_CENTER', '370700', '山东省潍坊市奎文区东风东街6396号', 36.706900, 119.161800, '工作日 上午8:30—12:00，下午13:00—17:00，中午不间断服务；法定节假日休息，可通过爱山东App预约', '0536-8105022'),
    ('H370800', '济宁市政务服务中心', 'SERVICE_CENTER', '370800', '山东省济宁市任城区洸河路12号', 35.414900, 116.587400, '周一至周五 9:00—17:00（午间错时服务不打烊）；周六、周日9:00—12:00帮办代办', '0537-8866322'),
    ('H370900', '泰安市政务服务中心', 'SERVICE_CENTER', '370900', '山东省泰安市泰山区东岳大街219号', 36.200200, 117.087600, '周一至周五 上午8:30—12:00，下午13:30—17:30（夏季14:00—18:00）；周六上午延时服务，节假日除外', '0538-8606340'),
    ('H371000', '威海市政务服务中心', 'SERVICE_CENTER', '371000', '山东省威海市环翠区新威路17号', 37.513400, 122.120400, '周一至周五 上午9:00—12:00，下午13:00—17:00（夏季14:00—18:00）；周六上午延时服务', '0631-8999396'),
    ('H371100', '日照市政务服务中心', 'SERVICE_CENTER', '371100', '山东省日照市东港区烟台路56号', 35.416800, 119.526900, '周一至周五 8:30—12:00，13:30—17:30（夏季14:00—18:00）；周六9:00—12:00提供不动产、社保等高频事项延时服务', '0633-8630146'),
    ('H371300', '临沂市政务服务中心', 'SERVICE_CENTER', '371300', '山东省临沂市兰山区北京路与府右路交汇处', 35.104000, 118.356300, '工作日 上午8:30—12:00，下午13:00—17:00，中午不间断服务；法定节假日休息，可通过爱山东App预约', '0539-8031831'),
    ('H371400', '德州市政务服务中心', 'SERVICE_CENTER', '371400', '山东省德州市德城区东方红路1166号', 37.435500, 116.359100, '周一至周五 9:00—17:00（午间错时服务不打烊）；周六、周日9:00—12:00帮办代办', '0534-8766219'),
    ('H371500', '聊城市政务服务中心', 'SERVICE_CENTER', '371500', '山东省聊城市东昌府区东昌东路1号', 36.456800, 115.985300, '周一至周五 上午8:30—12:00，下午13:30—17:30（夏季14:00—18:00）；周六上午延时服务，节假日除外', '0635-8566178'),
    ('H371600', '滨州市政务服务中心', 'SERVICE_CENTER', '371600', '山东省滨州市滨城区黄河五路557号', 37.381900, 117.970700, '周一至周五 上午9:00—12:00，下午13:00—17:00（夏季14:00—18:00）；周六上午延时服务', '0543-8174096'),
    ('H371700', '菏泽市政务服务中心', 'SERVICE_CENTER', '371700', '山东省菏泽市牡丹区长江路1169号', 35.233300, 115.480900, '周一至周五 8:30—12:00，13:30—17:30（夏季14:00—18:00）；周六9:00—12:00提供不动产、社保等高频事项延时服务', '0530-8779141'),
    ('H371302', '兰山区政务服务中心', 'SERVICE_CENTER', '371302', '山东省临沂市兰山区金雀山路79号', 35.061200, 118.320500, '工作日 上午8:30—12:00，下午13:00—17:00，中午不间断服务；法定节假日休息，可通过爱山东App预约', '0539-8585888'),
    ('H371311', '罗庄区政务服务中心', 'SERVICE_CENTER', '371311', '山东省临沂市罗庄区湖南路77号', 34.997000, 118.284300, '周一至周五 9:00—17:00（午间错时服务不打烊）；周六、周日9:00—12:00帮办代办', '0539-8435441'),
    ('H371312', '河东区政务服务中心', 'SERVICE_CENTER', '371312', '山东省临沂市河东区人民大街318号', 35.089300, 118.402400, '周一至周五 上午8:30—12:00，下午13:30—17:30（夏季14:00—18:00）；周六上午延时服务，节假日除外', '0539-8227869'),
    ('H371321', '沂南县政务服务中心', 'SERVICE_CENTER', '371321', '山东省临沂市沂南县历山路28号', 35.549900, 118.465400, '周一至周五 上午9:00—12:00，下午13:00—17:00（夏季14:00—18:00）；周六上午延时服务', '0539-8914690'),
    ('H371322', '郯城县政务服务中心', 'SERVICE_CENTER', '371322', '山东省临沂市郯城县人民路266号', 34.613500, 118.367300, '周一至周五 8:30—12:00，13:30—17:30（夏季14:00—18:00）；周六9:00—12:00提供不动产、社保等高频事项延时服务', '0539-8068959'),
    ('H371323', '沂水县政务服务中心', 'SERVICE_CENTER', '371323', '山东省临沂市沂水县长安中路3号', 35.790000, 118.627600, '工作日 上午8:30—12:00，下午13:00—17:00，中午不间断服务；法定节假日休息，可通过爱山东App预约', '0539-8866940'),
    ('H371324', '兰陵县政务服务中心', 'SERVICE_CENTER', '371324', '山东省临沂市兰陵县会宝路66号', 34.857200, 118.071200, '周一至周五 9:00—17:00（午间错时服务不打烊）；周六、周日9:00—12:00帮办代办', '0539-8377384'),
    ('H371325', '费县政务服务中心', 'SERVICE_CENTER', '371325', '山东省临沂市费县金山路58号', 35.266400, 117.977800, '周一至周五 上午8:30—12:00，下午13:30—17:30（夏季14:00—18:00）；周六上午延时服务，节假日除外', '0539-8692884'),
    ('H371326', '平邑县政务服务中心', 'SERVICE_CENTER', '371326', '山东省临沂市平邑县莲花山路168号', 35.506000, 117.640400, '周一至周五 上午9:00—12:00，下午13:00—17:00（夏季14:00—18:00）；周六上午延时服务', '0539-8838677'),
    ('H371327', '莒南县政务服务中心', 'SERVICE_CENTER', '371327', '山东省临沂市莒南县人民路12号', 35.175200, 118.835300, '周一至周五 8:30—12:00，13:30—17:30（夏季14:00—18:00）；周六9:00—12:00提供不动产、社保等高频事项延时服务', '0539-8296813'),
    ('H371328', '蒙阴县政务服务中心', 'SERVICE_CENTER', '371328', '山东省临沂市蒙阴县叠翠路66号', 35.710200, 117.945700, '工作日 上午8:30—12:00，下午13:00—17:00，中午不间断服务；法定节假日休息，可通过爱山东App预约', '0539-8884914'),
    ('H371329', '临沭县政务服务中心', 'SERVICE_CENTER', '371329', '山东省临沂市临沭县沭河大街56号', 34.920000, 118.650000, '周一至周五 9:00—17:00（午间错时服务不打烊）；周六、周日9:00—12:00帮办代办', '0539-8764069'),
    ('H370102', '历下区政务服务中心', 'SERVICE_CENTER', '370102', '山东省济南市历下区解放东路10号', 36.670500, 117.079000, '工作日 上午8:30—12:00，下午13:00—17:00，中午不间断服务；法定节假日休息，可通过爱山东App预约', '0531-82034237'),
    ('H370103', '济南市市中区政务服务中心', 'SERVICE_CENTER', '370103', '山东省济南市市中区英雄山路129号', 36.651000, 116.997200, '周一至周五 9:00—17:00（午间错时服务不打烊）；周六、周日9:00—12:00帮办代办', '0531-80531239'),
    ('H370104', '槐荫区政务服务中心', 'SERVICE_CENTER', '370104', '山东省济南市槐荫区经七路870号', 36.651200, 116.900900, '周一至周五 上午8:30—12:00，下午13:30—17:30（夏季14:00—18:00）；周六上午延时服务，节假日除外', '0531-88780798'),
    ('H370105', '天桥区政务服务中心', 'SERVICE_CENTER', '370105', '山东省济南市天桥区北园大街368号', 36.678100, 116.987400, '周一至周五 上午9:00—12:00，下午13:00—17:00（夏季14:00—18:00）；周六上午延时服务', '0531-89911983'),
    ('H370112', '历城区政务服务中心', 'SERVICE_CENTER', '370112', '山东省济南市历城区山大路268号', 36.680900, 117.065000, '周一至周五 8:30—12:00，13:30—17:30（夏季14:00—18:00）；周六9:00—12:00提供不动产、社保等高频事项延时服务', '0531-88134372'),
    ('H370113', '长清区政务服务中心', 'SERVICE_CENTER', '370113', '山东省济南市长清区经十西路9999号', 36.553500, 116.751700, '工作日 上午8:30—12:00，下午13:00—17:00，中午不间断服务；法定节假日休息，可通过爱山东App预约', '0531-81639992'),
    ('H370114', '章丘区政务服务中心', 'SERVICE_CENTER', '370114', '山东省济南市章丘区汇泉路1566号', 36.681300, 117.526300, '周一至周五 9:00—17:00（午间错时服务不打烊）；周六、周日9:00—12:00帮办代办', '0531-81502547'),
    ('H370115', '济阳区政务服务中心', 'SERVICE_CENTER', '370115', '山东省济南市济阳区开元大街66号', 36.978000, 117.173500, '周一至周五 上午8:30—12:00，下午13:30—17:30（夏季14:00—18:00）；周六上午延时服务，节假日除外', '0531-89394812'),
    ('H370116', '莱芜区政务服务中心', 'SERVICE_CENTER', '370116', '山东省济南市莱芜区鲁中东大街41号', 36.203100, 117.659800, '周一至周五 上午9:00—12:00，下午13:00—17:00（夏季14:00—18:00）；周六上午延时服务', '0531-83472624'),
    ('H370117', '钢城区政务服务中心', 'SERVICE_CENTER', '370117', '山东省济南市钢城区府前大街99号', 36.058900, 117.811000, '周一至周五 8:30—12:00，13:30—17:30（夏季14:00—18:00）；周六9:00—12:00提供不动产、社保等高频事项延时服务', '0531-80991921'),
    ('H370124', '平阴县政务服务中心', 'SERVICE_CENTER', '370124', '山东省济南市平阴县榆山路37号', 36.289200, 116.456300, '工作日 上午8:30—12:00，下午13:00—17:00，中午不间断服务；法定节假日休息，可通过爱山东App预约', '0531-86259433'),
    ('H370126', '商河县政务服务中心', 'SERVICE_CENTER', '370126', '山东省济南市商河县商中路89号', 37.310300, 117.157000, '周一至周五 9:00—17:00（午间错时服务不打烊）；周六、周日9:00—12:00帮办代办', '0531-81402355'),
    ('H370402', '枣庄市市中区政务服务中心', 'SERVICE_CENTER', '370402', '山东省枣庄市市中区君山路166号', 34.864100, 117.556300, '工作日 上午8:30—12:00，下午13:00—17:00，中午不间断服务；法定节假日休息，可通过爱山东App预约', '0632-3551327'),
    ('H370403', '薛城区政务服务中心', 'SERVICE_CENTER', '370403', '山东省枣庄市薛城区永福北路33号', 34.795100, 117.263300, '周一至周五 9:00—17:00（午间错时服务不打烊）；周六、周日9:00—12:00帮办代办', '0632-3599343'),
    ('H370404', '峄城区政务服务中心', 'SERVICE_CENTER', '370404', '山东省枣庄市峄城区坛山路88号', 34.772900, 117.590700, '周一至周五 上午8:30—12:00，下午13:30—17:30（夏季14:00—18:00）；周六上午延时服务，节假日除外', '0632-3770423'),
    ('H370405', '台儿庄区政务服务中心', 'SERVICE_CENTER', '370405', '山东省枣庄市台儿庄区华兴路18号', 34.562700, 117.734000, '周一至周五 上午9:00—12:00，下午13:00—17:00（夏季14:00—18:00）；周六上午延时服务', '0632-3178860'),
    ('H370406', '山亭区政务服务中心', 'SERVICE_CENTER', '370406', '山东省枣庄市山亭区府前路6号', 35.099400, 117.461200, '周一至周五 8:30—12:00，13:30—17:30（夏季14:00—18:00）；周六9:00—12:00提供不动产、社保等高频事项延时服务', '0632-3756349'),
    ('H370481', '滕州市政务服务中心', 'SERVICE_CENTER', '370481', '山东省枣庄市滕州市龙泉路1999号', 35.113700, 117.165200, '工作日 上午8:30—12:00，下午13:00—17:00，中午不间断服务；法定节假日休息，可通过爱山东App预约', '0632-3594989');

-- 便民服务中心
insert into hall (code, name, kind, region_code, address, latitude, longitude, opening_hours, phone) values
    ('H371302001', '兰山街道便民服务中心', 'CONVENIENCE_CENTER', '371302001', '山东省临沂市兰山区兰山街道育才路与蒙山大道交汇处', 35.070500, 118.301000, '周一至周五 上午8:30—12:00，下午13:30—17:30（夏季14:00—18:00）', '0539-8491725'),
    ('H371302002', '银雀山街道便民服务中心', 'CONVENIENCE_CENTER', '371302002', '山东省临沂市兰山区银雀山街道银雀山路128号', 35.045500, 118.346500, '周一至周五 8:30—12:00，13:30—17:00；周六上午预约服务', '0539-8285500'),
    ('H371302003', '金雀山街道便民服务中心', 'CONVENIENCE_CENTER', '371302003', '山东省临沂市兰山区金雀山街道金雀山路36号', 35.051000, 118.359000, '工作日 上午8:30—11:30，下午13:30—17:00（夏季14:00—17:30）', '0539-8649333'),
    ('H371302004', '柳青街道便民服务中心', 'CONVENIENCE_CENTER', '371302004', '山东省临沂市兰山区柳青街道临西九路16号', 35.100000, 118.305000, '周一至周五 上午8:30—12:00，下午13:30—17:30（夏季14:00—18:00）', '0539-8679243'),
    ('H371302101', '白沙埠镇便民服务中心', 'CONVENIENCE_CENTER', '371302101', '山东省临沂市兰山区白沙埠镇文化路1号', 35.202000, 118.401000, '周一至周五 8:30—12:00，13:30—17:00；周六上午预约服务', '0539-8985987'),
    ('H371302102', '枣园镇便民服务中心', 'CONVENIENCE_CENTER', '371302102', '山东省临沂市兰山区枣园镇兴园路8号', 35.123000, 118.188000, '工作日 上午8:30—11:30，下午13:30—17:00（夏季14:00—17:30）', '0539-8495658'),
    ('H371302103', '半程镇便民服务中心', 'CONVENIENCE_CENTER', '371302103', '山东省临沂市兰山区半程镇兴业路18号', 35.228000, 118.305000, '周一至周五 上午8:30—12:00，下午13:30—17:30（夏季14:00—18:00）', '0539-8824564'),
    ('H371302105', '义堂镇便民服务中心', 'CONVENIENCE_CENTER', '371302105', '山东省临沂市兰山区义堂镇义堂路66号', 35.111000, 118.240000, '周一至周五 8:30—12:00，13:30—17:00；周六上午预约服务', '0539-8077089'),
    ('H371302107', '李官镇便民服务中心', 'CONVENIENCE_CENTER', '371302107', '山东省临沂市兰山区李官镇李官路9号', 35.165000, 118.135000, '工作日 上午8:30—11:30，下午13:30—17:00（夏季14:00—17:30）', '0539-8127363'),
    ('H371302109', '方城镇便民服务中心', 'CONVENIENCE_CENTER', '371302109', '山东省临沂市兰山区方城镇方城路22号', 35.265000, 118.265000, '周一至周五 上午8:30—12:00，下午13:30—17:30（夏季14:00—18:00）', '0539-8855722'),
    ('H371302110', '汪沟镇便民服务中心', 'CONVENIENCE_CENTER', '371302110', '山东省临沂市兰山区汪沟镇汪沟路15号', 35.180000, 118.230000, '周一至周五 8:30—12:00，13:30—17:00；周六上午预约服务', '0539-8217048');

-- 便民服务站
insert into hall (code, name, kind, region_code, address, latitude, longitude, opening_hours, phone) values
    ('H371302001001', '西关社区便民服务站', 'CONVENIENCE_STATION', '371302001001', '山东省临沂市兰山区兰山街道西关社区党群服务中心', 35.081000, 118.297000, '周一至周五 9:00—11:30，14:00—17:00', '0539-8037107'),
    ('H371302001002', '北园社区便民服务站', 'CONVENIENCE_STATION', '371302001002', '山东省临沂市兰山区兰山街道北园社区党群服务中心', 35.066500, 118.305750, '工作日上午8:30—11:30，下午由网格员上门代办', '0539-8888194'),
    ('H371302001003', '书院社区便民服务站', 'CONVENIENCE_STATION', '371302001003', '山东省临沂市兰山区兰山街道书院社区党群服务中心', 35.082500, 118.305250, '周一、三、五 8:30—11:30；其他时间电话预约', null),
    ('H371302001004', '育才社区便民服务站', 'CONVENIENCE_STATION', '371302001004', '山东省临沂市兰山区兰山街道育才社区党群服务中心', 35.061250, 118.299000, '周一至周五 上午8:30—11:30', '0539-8617110'),
    ('H371302002001', '五里堡社区便民服务站', 'CONVENIENCE_STATION', '371302002001', '山东省临沂市兰山区银雀山街道五里堡社区党群服务中心', 35.056000, 118.349250, '周一至周五 9:00—11:30，14:00—17:00', '0539-8655099'),
    ('H371302002002', '银雀山社区便民服务站', 'CONVENIENCE_STATION', '371302002002', '山东省临沂市兰山区银雀山街道银雀山社区党群服务中心', 35.042000, 118.335000, '工作日上午8:30—11:30，下午由网格员上门代办', null),
    ('H371302002003', '七里沟社区便民服务站', 'CONVENIENCE_STATION', '371302002003', '山东省临沂市兰山区银雀山街道七里沟社区党群服务中心', 35.040500, 118.338000, '周一、三、五 8:30—11:30；其他时间电话预约', '0539-8079292'),
    ('H371302002004', '沂蒙路社区便民服务站', 'CONVENIENCE_STATION', '371302002004', '山东省临沂市兰山区银雀山街道沂蒙路社区党群服务中心', 35.052250, 118.344000, '周一至周五 上午8:30—11:30', '0539-8529001'),
    ('H371302002005', '涑河社区便民服务站', 'CONVENIENCE_STATION', '371302002005', '山东省临沂市兰山区银雀山街道涑河社区党群服务中心', 35.035750, 118.348750, '周一至周五 9:00—11:30，14:00—17:00', null),
    ('H371302003001', '东关社区便民服务站', 'CONVENIENCE_STATION', '371302003001', '山东省临沂市兰山区金雀山街道东关社区党群服务中心', 35.048750, 118.365000, '工作日上午8:30—11:30，下午由网格员上门代办', '0539-8482182'),
    ('H371302003002', '金雀山社区便民服务站', 'CONVENIENCE_STATION', '371302003002', '山东省临沂市兰山区金雀山街道金雀山社区党群服务中心', 35.050750, 118.365750, '周一、三、五 8:30—11:30；其他时间电话预约', '0539-8313655'),
    ('H371302003003', '沂州社区便民服务站', 'CONVENIENCE_STATION', '371302003003', '山东省临沂市兰山区金雀山街道沂州社区党群服务中心', 35.056500, 118.366500, '周一至周五 上午8:30—11:30', null),
    ('H371302003004', '南关社区便民服务站', 'CONVENIENCE_STATION', '371302003004', '山东省临沂市兰山区金雀山街道南关社区党群服务中心', 35.048250, 118.352500, '周一至周五 9:00—11:30，14:00—17:00', '0539-8389843'),
    ('H371302004001', '柳青社区便民服务站', 'CONVENIENCE_STATION', '371302004001', '山东省临沂市兰山区柳青街道柳青社区党群服务中心', 35.105000, 118.305000, '工作日上午8:30—11:30，下午由网格员上门代办', '0539-8523938'),
    ('H371302004002', '苗庄社区便民服务站', 'CONVENIENCE_STATION', '371302004002', '山东省临沂市兰山区柳青街道苗庄社区党群服务中心', 35.097000, 118.297750, '周一、三、五 8:30—11:30；其他时间电话预约', null),
    ('H371302004003', '大官庄社区便民服务站', 'CONVENIENCE_STATION', '371302004003', '山东省临沂市兰山区柳青街道大官庄社区党群服务中心', 35.107250, 118.300500, '周一至周五 上午8:30—11:30', '0539-8306235'),
    ('H371302004004', '临西社区便民服务站', 'CONVENIENCE_STATION', '371302004004', '山东省临沂市兰山区柳青街道临西社区党群服务中心', 35.102750, 118.307750, '周一至周五 9:00—11:30，14:00—17:00', '0539-8455966'),
    ('H371302101001', '白沙埠社区便民服务站', 'CONVENIENCE_STATION', '371302101001', '山东省临沂市兰山区白沙埠镇白沙埠社区党群服务中心', 35.205250, 118.399000, '工作日上午8:30—11:30，下午由网格员上门代办', null),
    ('H371302101201', '诸葛城村便民服务站', 'CONVENIENCE_STATION', '371302101201', '山东省临沂市兰山区白沙埠镇诸葛城村村委会党群服务中心', 35.196500, 118.410000, '周一、三、五 8:30—11:30；其他时间电话预约', '0539-8911062'),
    ('H371302101202', '孝友村便民服务站', 'CONVENIENCE_STATION', '371302101202', '山东省临沂市兰山区白沙埠镇孝友村村委会党群服务中心', 35.191500, 118.398000, '周一至周五 上午8:30—11:30', '0539-8090717'),
    ('H371302101203', '朱潘村便民服务站', 'CONVENIENCE_STATION', '371302101203', '山东省临沂市兰山区白沙埠镇朱潘村村委会党群服务中心', 35.208500, 118.407750, '周一至周五 9:00—11:30，14:00—17:00', null),
    ('H371302101204', '卧茨村便民服务站', 'CONVENIENCE_STATION', '371302101204', '山东省临沂市兰山区白沙埠镇卧茨村村委会党群服务中心', 35.191000, 118.408250, '工作日上午8:30—11:30，下午由网格员上门代办', '0539-8186837'),
    ('H371302102201', '枣园村便民服务站', 'CONVENIENCE_STATION', '371302102201', '山东省临沂市兰山区枣园镇枣园村村委会党群服务中心', 35.129000, 118.186000, '周一、三、五 8:30—11:30；其他时间电话预约', '0539-8030073'),
    ('H371302102202', '大岭村便民服务站', 'CONVENIENCE_STATION', '371302102202', '山东省临沂市兰山区枣园镇大岭村村委会党群服务中心', 35.121750, 118.190250, '周一至周五 上午8:30—11:30', null),
    ('H371302102203', '前庄村便民服务站', 'CONVENIENCE_STATION', '371302102203', '山东省临沂市兰山区枣园镇前庄村村委会党群服务中心', 35.121000, 118.198750, '周一至周五 9:00—11:30，14:00—17:00', '0539-8199372'),
    ('H371302102204', '西石岭村便民服务站', 'CONVENIENCE_STATION', '371302102204', '山东省临沂市兰山区枣园镇西石岭村村委会党群服务中心', 35.118250, 118.180000, '工作日上午8:30—11:30，下午由网格员上门代办', '0539-8864577'),
    ('H371302103201', '半程村便民服务站', 'CONVENIENCE_STATION', '371302103201', '山东省临沂市兰山区半程镇半程村村委会党群服务中心', 35.221250, 118.296000, '周一、三、五 8:30—11:30；其他时间电话预约', null),
    ('H371302103202', '西楼村便民服务站', 'CONVENIENCE_STATION', '371302103202', '山东省临沂市兰山区半程镇西楼村村委会党群服务中心', 35.218750, 118.304250, '周一至周五 上午8:30—11:30', '0539-8879675'),
    ('H371302103203', '孙家庄村便民服务站', 'CONVENIENCE_STATION', '371302103203', '山东省临沂市兰山区半程镇孙家庄村村委会党群服务中心', 35.220000, 118.306250, '周一至周五 9:00—11:30，14:00—17:00', '0539-8967527'),
    ('H371302105201', '义堂村便民服务站', 'CONVENIENCE_STATION', '371302105201', '山东省临沂市兰山区义堂镇义堂村村委会党群服务中心', 35.099000, 118.243500, '工作日上午8:30—11:30，下午由网格员上门代办', null),
    ('H371302105202', '朱陈村便民服务站', 'CONVENIENCE_STATION', '371302105202', '山东省临沂市兰山区义堂镇朱陈村村委会党群服务中心', 35.112750, 118.252000, '周一、三、五 8:30—11:30；其他时间电话预约', '0539-8510694'),
    ('H371302105203', '北涑河村便民服务站', 'CONVENIENCE_STATION', '371302105203', '山东省临沂市兰山区义堂镇北涑河村村委会党群服务中心', 35.120500, 118.247500, '周一至周五 上午8:30—11:30', '0539-8765990'),
    ('H371302105204', '东岭村便民服务站', 'CONVENIENCE_STATION', '371302105204', '山东省临沂市兰山区义堂镇东岭村村委会党群服务中心', 35.102750, 118.244000, '周一至周五 9:00—11:30，14:00—17:00', null),
    ('H371302107201', '李官村便民服务站', 'CONVENIENCE_STATION', '371302107201', '山东省临沂市兰山区李官镇李官村村委会党群服务中心', 35.165000, 118.128500, '工作日上午8:30—11:30，下午由网格员上门代办', '0539-8846228'),
    ('H371302107202', '杨家庄村便民服务站', 'CONVENIENCE_STATION', '371302107202', '山东省临沂市兰山区李官镇杨家庄村村委会党群服务中心', 35.171250, 118.146750, '周一、三、五 8:30—11:30；其他时间电话预约', '0539-8579228'),
    ('H371302107203', '后岭村便民服务站', 'CONVENIENCE_STATION', '371302107203', '山东省临沂市兰山区李官镇后岭村村委会党群服务中心', 35.166250, 118.122750, '周一至周五 上午8:30—11:30', null),
    ('H371302109201', '方城村便民服务站', 'CONVENIENCE_STATION', '371302109201', '山东省临沂市兰山区方城镇方城村村委会党群服务中心', 35.260000, 118.259000, '周一至周五 9:00—11:30，14:00—17:00', '0539-8881058'),
    ('H371302109202', '诸满村便民服务站', 'CONVENIENCE_STATION', '371302109202', '山东省临沂市兰山区方城镇诸满村村委会党群服务中心', 35.259250, 118.275500, '工作日上午8:30—11:30，下午由网格员上门代办', '0539-8461315'),
    ('H371302109203', '东北园村便民服务站', 'CONVENIENCE_STATION', '371302109203', '山东省临沂市兰山区方城镇东北园村村委会党群服务中心', 35.272000, 118.277250, '周一、三、五 8:30—11:30；其他时间电话预约', null),
    ('H371302109204', '马家庄村便民服务站', 'CONVENIENCE_STATION', '371302109204', '山东省临沂市兰山区方城镇马家庄村村委会党群服务中心', 35.265750, 118.255750, '周一至周五 上午8:30—11:30', '0539-8022786'),
    ('H371302110201', '汪沟村便民服务站', 'CONVENIENCE_STATION', '371302110201', '山东省临沂市兰山区汪沟镇汪沟村村委会党群服务中心', 35.191750, 118.228500, '周一至周五 9:00—11:30，14:00—17:00', '0539-8660884'),
    ('H371302110202', '大城后村便民服务站', 'CONVENIENCE_STATION', '371302110202', '山东省临沂市兰山区汪沟镇大城后村村委会党群服务中心', 35.187250, 118.234500, '工作日上午8:30—11:30，下午由网格员上门代办', null),
    ('H371302110203', '小岭村便民服务站', 'CONVENIENCE_STATION', '371302110203', '山东省临沂市兰山区汪沟镇小岭村村委会党群服务中心', 35.182500, 118.233000, '周一、三、五 8:30—11:30；其他时间电话预约', '0539-8008509');

-- Windows
-- 山东省政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370000'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370000'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370000'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370000'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370000'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370000'), 'A06', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370000'), 'B01', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370000'), 'B02', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370000'), 'B03', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370000'), 'B04', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370000'), 'B05', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370000'), 'B06', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370000'), 'B07', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370000'), 'B08', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370000'), 'B09', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370000'), 'B10', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370000'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370000'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370000'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370000'), 'E01', '咨询导办台', 'HELP_DESK');

-- 济南市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370100'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370100'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370100'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370100'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370100'), 'B01', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370100'), 'B02', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370100'), 'B03', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370100'), 'B04', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370100'), 'B05', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370100'), 'B06', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370100'), 'B07', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370100'), 'B08', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370100'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370100'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370100'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370100'), 'E01', '咨询导办台', 'HELP_DESK');

-- 青岛市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370200'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370200'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370200'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370200'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370200'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370200'), 'B01', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370200'), 'B02', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370200'), 'B03', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370200'), 'B04', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370200'), 'B05', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370200'), 'B06', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370200'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370200'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370200'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370200'), 'E01', '咨询导办台', 'HELP_DESK');

-- 淄博市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370300'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370300'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370300'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370300'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370300'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370300'), 'A06', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370300'), 'B01', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370300'), 'B02', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370300'), 'B03', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370300'), 'B04', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370300'), 'B05', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370300'), 'B06', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370300'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370300'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370300'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370300'), 'E01', '咨询导办台', 'HELP_DESK');

-- 枣庄市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370400'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370400'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370400'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370400'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370400'), 'B01', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370400'), 'B02', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370400'), 'B03', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370400'), 'B04', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370400'), 'B05', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370400'), 'B06', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370400'), 'B07', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370400'), 'B08', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370400'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370400'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370400'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370400'), 'E01', '咨询导办台', 'HELP_DESK');

-- 东营市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370500'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370500'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370500'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370500'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370500'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370500'), 'B01', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370500'), 'B02', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370500'), 'B03', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370500'), 'B04', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370500'), 'B05', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370500'), 'B06', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370500'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370500'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370500'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370500'), 'E01', '咨询导办台', 'HELP_DESK');

-- 烟台市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370600'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370600'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370600'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370600'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370600'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370600'), 'A06', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370600'), 'B01', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370600'), 'B02', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370600'), 'B03', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370600'), 'B04', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370600'), 'B05', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370600'), 'B06', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370600'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370600'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370600'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370600'), 'E01', '咨询导办台', 'HELP_DESK');

-- 潍坊市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370700'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370700'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370700'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370700'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370700'), 'B01', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370700'), 'B02', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370700'), 'B03', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370700'), 'B04', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370700'), 'B05', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370700'), 'B06', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370700'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370700'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370700'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370700'), 'E01', '咨询导办台', 'HELP_DESK');

-- 济宁市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370800'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370800'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370800'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370800'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370800'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370800'), 'B01', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370800'), 'B02', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370800'), 'B03', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370800'), 'B04', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370800'), 'B05', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370800'), 'B06', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370800'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370800'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370800'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370800'), 'E01', '咨询导办台', 'HELP_DESK');

-- 泰安市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370900'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370900'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370900'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370900'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370900'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370900'), 'A06', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370900'), 'B01', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370900'), 'B02', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370900'), 'B03', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370900'), 'B04', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370900'), 'B05', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370900'), 'B06', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370900'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370900'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370900'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370900'), 'E01', '咨询导办台', 'HELP_DESK');

-- 威海市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371000'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371000'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371000'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371000'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371000'), 'B01', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371000'), 'B02', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371000'), 'B03', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371000'), 'B04', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371000'), 'B05', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371000'), 'B06', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371000'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371000'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371000'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371000'), 'E01', '咨询导办台', 'HELP_DESK');

-- 日照市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371100'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371100'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371100'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371100'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371100'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371100'), 'B01', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371100'), 'B02', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371100'), 'B03', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371100'), 'B04', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371100'), 'B05', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371100'), 'B06', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371100'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371100'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371100'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371100'), 'E01', '咨询导办台', 'HELP_DESK');

-- 临沂市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371300'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371300'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371300'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371300'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371300'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371300'), 'A06', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371300'), 'B01', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371300'), 'B02', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371300'), 'B03', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371300'), 'B04', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371300'), 'B05', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371300'), 'B06', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371300'), 'B07', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371300'), 'B08', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371300'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371300'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371300'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371300'), 'E01', '咨询导办台', 'HELP_DESK');

-- 德州市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371400'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371400'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371400'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371400'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371400'), 'B01', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371400'), 'B02', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371400'), 'B03', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371400'), 'B04', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371400'), 'B05', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371400'), 'B06', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371400'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371400'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371400'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371400'), 'E01', '咨询导办台', 'HELP_DESK');

-- 聊城市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371500'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371500'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371500'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371500'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371500'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371500'), 'B01', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371500'), 'B02', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371500'), 'B03', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371500'), 'B04', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371500'), 'B05', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371500'), 'B06', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371500'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371500'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371500'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371500'), 'E01', '咨询导办台', 'HELP_DESK');

-- 滨州市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371600'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371600'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371600'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371600'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371600'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371600'), 'A06', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371600'), 'B01', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371600'), 'B02', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371600'), 'B03', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371600'), 'B04', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371600'), 'B05', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371600'), 'B06', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371600'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371600'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371600'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371600'), 'E01', '咨询导办台', 'HELP_DESK');

-- 菏泽市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371700'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371700'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371700'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371700'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371700'), 'B01', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371700'), 'B02', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371700'), 'B03', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371700'), 'B04', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371700'), 'B05', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371700'), 'B06', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371700'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371700'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371700'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371700'), 'E01', '咨询导办台', 'HELP_DESK');

-- 兰山区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302'), 'B01', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371302'), 'B02', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371302'), 'B03', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371302'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371302'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371302'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371302'), 'E01', '咨询导办台', 'HELP_DESK');

-- 罗庄区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371311'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371311'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371311'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371311'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371311'), 'B01', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371311'), 'B02', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371311'), 'B03', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371311'), 'B04', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371311'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371311'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371311'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371311'), 'E01', '咨询导办台', 'HELP_DESK');

-- 河东区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371312'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371312'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371312'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371312'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371312'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371312'), 'B01', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371312'), 'B02', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371312'), 'B03', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371312'), 'B04', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371312'), 'B05', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371312'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371312'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371312'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371312'), 'E01', '咨询导办台', 'HELP_DESK');

-- 沂南县政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371321'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371321'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371321'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371321'), 'B01', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371321'), 'B02', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371321'), 'B03', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371321'), 'B04', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371321'), 'B05', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371321'), 'B06', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371321'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371321'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371321'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371321'), 'E01', '咨询导办台', 'HELP_DESK');

-- 郯城县政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371322'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371322'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371322'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371322'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371322'), 'B01', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371322'), 'B02', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371322'), 'B03', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371322'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371322'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371322'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371322'), 'E01', '咨询导办台', 'HELP_DESK');

-- 沂水县政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371323'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371323'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371323'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371323'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371323'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371323'), 'B01', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371323'), 'B02', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371323'), 'B03', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371323'), 'B04', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371323'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371323'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371323'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371323'), 'E01', '咨询导办台', 'HELP_DESK');

-- 兰陵县政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371324'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371324'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371324'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371324'), 'B01', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371324'), 'B02', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371324'), 'B03', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371324'), 'B04', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371324'), 'B05', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371324'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371324'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371324'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371324'), 'E01', '咨询导办台', 'HELP_DESK');

-- 费县政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371325'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371325'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371325'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371325'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371325'), 'B01', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371325'), 'B02', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371325'), 'B03', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371325'), 'B04', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371325'), 'B05', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371325'), 'B06', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371325'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371325'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371325'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371325'), 'E01', '咨询导办台', 'HELP_DESK');

-- 平邑县政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371326'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371326'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371326'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371326'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371326'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371326'), 'B01', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371326'), 'B02', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371326'), 'B03', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371326'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371326'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371326'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371326'), 'E01', '咨询导办台', 'HELP_DESK');

-- 莒南县政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371327'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371327'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371327'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371327'), 'B01', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371327'), 'B02', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371327'), 'B03', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371327'), 'B04', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371327'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371327'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371327'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371327'), 'E01', '咨询导办台', 'HELP_DESK');

-- 蒙阴县政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371328'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371328'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371328'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371328'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371328'), 'B01', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371328'), 'B02', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371328'), 'B03', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371328'), 'B04', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371328'), 'B05', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371328'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371328'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371328'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371328'), 'E01', '咨询导办台', 'HELP_DESK');

-- 临沭县政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371329'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371329'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371329'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371329'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371329'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371329'), 'B01', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371329'), 'B02', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371329'), 'B03', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371329'), 'B04', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H371329'), 'B05', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371329'), 'B06', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371329'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H371329'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371329'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H371329'), 'E01', '咨询导办台', 'HELP_DESK');

-- 历下区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370102'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370102'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370102'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370102'), 'B01', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370102'), 'B02', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370102'), 'B03', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370102'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370102'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370102'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370102'), 'E01', '咨询导办台', 'HELP_DESK');

-- 济南市市中区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370103'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370103'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370103'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370103'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370103'), 'B01', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370103'), 'B02', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370103'), 'B03', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370103'), 'B04', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370103'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370103'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370103'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370103'), 'E01', '咨询导办台', 'HELP_DESK');

-- 槐荫区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370104'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370104'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370104'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370104'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370104'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370104'), 'B01', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370104'), 'B02', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370104'), 'B03', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370104'), 'B04', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370104'), 'B05', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370104'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370104'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370104'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370104'), 'E01', '咨询导办台', 'HELP_DESK');

-- 天桥区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370105'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370105'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370105'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370105'), 'B01', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370105'), 'B02', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370105'), 'B03', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370105'), 'B04', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370105'), 'B05', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370105'), 'B06', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370105'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370105'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370105'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370105'), 'E01', '咨询导办台', 'HELP_DESK');

-- 历城区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370112'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370112'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370112'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370112'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370112'), 'B01', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370112'), 'B02', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370112'), 'B03', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370112'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370112'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370112'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370112'), 'E01', '咨询导办台', 'HELP_DESK');

-- 长清区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370113'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370113'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370113'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370113'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370113'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370113'), 'B01', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370113'), 'B02', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370113'), 'B03', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370113'), 'B04', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370113'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370113'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370113'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370113'), 'E01', '咨询导办台', 'HELP_DESK');

-- 章丘区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370114'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370114'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370114'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370114'), 'B01', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370114'), 'B02', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370114'), 'B03', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370114'), 'B04', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370114'), 'B05', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370114'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370114'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370114'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370114'), 'E01', '咨询导办台', 'HELP_DESK');

-- 济阳区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370115'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370115'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370115'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370115'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370115'), 'B01', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370115'), 'B02', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370115'), 'B03', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370115'), 'B04', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370115'), 'B05', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370115'), 'B06', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370115'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370115'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370115'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370115'), 'E01', '咨询导办台', 'HELP_DESK');

-- 莱芜区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370116'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370116'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370116'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370116'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370116'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370116'), 'B01', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370116'), 'B02', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370116'), 'B03', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370116'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370116'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370116'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370116'), 'E01', '咨询导办台', 'HELP_DESK');

-- 钢城区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370117'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370117'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370117'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370117'), 'B01', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370117'), 'B02', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370117'), 'B03', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370117'), 'B04', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370117'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370117'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370117'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370117'), 'E01', '咨询导办台', 'HELP_DESK');

-- 平阴县政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370124'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370124'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370124'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370124'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370124'), 'B01', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370124'), 'B02', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370124'), 'B03', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370124'), 'B04', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370124'), 'B05', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370124'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370124'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370124'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370124'), 'E01', '咨询导办台', 'HELP_DESK');

-- 商河县政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370126'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370126'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370126'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370126'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370126'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370126'), 'B01', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370126'), 'B02', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370126'), 'B03', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370126'), 'B04', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370126'), 'B05', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370126'), 'B06', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370126'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370126'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370126'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370126'), 'E01', '咨询导办台', 'HELP_DESK');

-- 枣庄市市中区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370402'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370402'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370402'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370402'), 'B01', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370402'), 'B02', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370402'), 'B03', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370402'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370402'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370402'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370402'), 'E01', '咨询导办台', 'HELP_DESK');

-- 薛城区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370403'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370403'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370403'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370403'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370403'), 'B01', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370403'), 'B02', '企业开办专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370403'), 'B03', '不动产登记窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370403'), 'B04', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370403'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370403'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370403'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370403'), 'E01', '咨询导办台', 'HELP_DESK');

-- 峄城区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370404'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370404'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370404'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370404'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370404'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370404'), 'B01', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370404'), 'B02', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370404'), 'B03', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370404'), 'B04', '工程建设项目审批窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370404'), 'B05', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370404'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370404'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370404'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370404'), 'E01', '咨询导办台', 'HELP_DESK');

-- 台儿庄区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370405'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370405'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370405'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370405'), 'B01', '社保医保窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370405'), 'B02', '住房公积金窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370405'), 'B03', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370405'), 'B04', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370405'), 'B05', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370405'), 'B06', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370405'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370405'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370405'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370405'), 'E01', '咨询导办台', 'HELP_DESK');

-- 山亭区政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370406'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370406'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370406'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370406'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370406'), 'B01', '高效办成一件事专窗', 'SPECIALIZED'),
    ((select id from hall where code = 'H370406'), 'B02', '水电气暖联办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370406'), 'B03', '跨省通办窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370406'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370406'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370406'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370406'), 'E01', '咨询导办台', 'HELP_DESK');

-- 滕州市政务服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H370481'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370481'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370481'), 'A03', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370481'), 'A04', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370481'), 'A05', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H370481'), 'B01', '税务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370481'), 'B02', '公安户政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370481'), 'B03', '出入境业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370481'), 'B04', '车驾管业务窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H370481'), 'C01', '老年人、残疾人绿色通道', 'PRIORITY'),
    ((select id from hall where code = 'H370481'), 'C02', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H370481'), 'D01', '统一出件窗口', 'PICKUP'),
    ((select id from hall where code = 'H370481'), 'E01', '咨询导办台', 'HELP_DESK');

-- 兰山街道便民服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302001'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302001'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302001'), 'B01', '社保医保民政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371302001'), 'C01', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371302001'), 'E01', '咨询导办台', 'HELP_DESK');

-- 银雀山街道便民服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302002'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302002'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302002'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 金雀山街道便民服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302003'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302003'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302003'), 'B01', '社保医保民政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371302003'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 柳青街道便民服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302004'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302004'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302004'), 'C01', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371302004'), 'E01', '咨询导办台', 'HELP_DESK');

-- 白沙埠镇便民服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302101'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302101'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302101'), 'B01', '社保医保民政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371302101'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 枣园镇便民服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302102'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302102'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302102'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 半程镇便民服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302103'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302103'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302103'), 'B01', '社保医保民政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371302103'), 'C01', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371302103'), 'E01', '咨询导办台', 'HELP_DESK');

-- 义堂镇便民服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302105'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302105'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302105'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 李官镇便民服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302107'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302107'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302107'), 'B01', '社保医保民政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371302107'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 方城镇便民服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302109'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302109'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302109'), 'C01', '帮办代办窗口', 'PRIORITY'),
    ((select id from hall where code = 'H371302109'), 'E01', '咨询导办台', 'HELP_DESK');

-- 汪沟镇便民服务中心
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302110'), 'A01', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302110'), 'A02', '综合受理窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302110'), 'B01', '社保医保民政窗口', 'SPECIALIZED'),
    ((select id from hall where code = 'H371302110'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 西关社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302001001'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302001001'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 北园社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302001002'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 书院社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302001003'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302001003'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 育才社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302001004'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 五里堡社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302002001'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302002001'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 银雀山社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302002002'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 七里沟社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302002003'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302002003'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 沂蒙路社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302002004'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 涑河社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302002005'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302002005'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 东关社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302003001'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 金雀山社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302003002'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302003002'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 沂州社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302003003'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 南关社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302003004'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302003004'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 柳青社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302004001'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 苗庄社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302004002'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302004002'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 大官庄社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302004003'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 临西社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302004004'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302004004'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 白沙埠社区便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302101001'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 诸葛城村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302101201'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302101201'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 孝友村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302101202'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 朱潘村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302101203'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302101203'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 卧茨村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302101204'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 枣园村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302102201'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302102201'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 大岭村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302102202'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 前庄村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302102203'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302102203'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 西石岭村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302102204'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 半程村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302103201'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302103201'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 西楼村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302103202'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 孙家庄村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302103203'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302103203'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 义堂村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302105201'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 朱陈村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302105202'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302105202'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 北涑河村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302105203'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 东岭村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302105204'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302105204'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 李官村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302107201'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 杨家庄村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302107202'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302107202'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 后岭村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302107203'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 方城村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302109201'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302109201'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 诸满村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302109202'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 东北园村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302109203'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302109203'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 马家庄村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302109204'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 汪沟村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302110201'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302110201'), 'C01', '帮办代办窗口', 'PRIORITY');

-- 大城后村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302110202'), 'A01', '综合代办窗口', 'COMPREHENSIVE');

-- 小岭村便民服务站
insert into hall_window (hall_id, number, name, kind) values
    ((select id from hall where code = 'H371302110203'), 'A01', '综合代办窗口', 'COMPREHENSIVE'),
    ((select id from hall where code = 'H371302110203'), 'C01', '帮办代办窗口', 'PRIORITY');
