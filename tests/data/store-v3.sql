-- A version 3 Tianshan database: tests/data/dataset-v1.json (the shipped dataset as it
-- was before format version 2) imported by Tianshan 0.1.0 with the relational schema
-- of version 3 (commit ecc09f7, tianshan --database v3.db --import), dumped with
-- sqlite3 .dump. tests/test-store-migrate.c builds the database from it.
PRAGMA application_id = 1416516456;
PRAGMA user_version = 3;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE meta (  key TEXT PRIMARY KEY NOT NULL,  value TEXT);
INSERT INTO meta VALUES('application','tianshan');
INSERT INTO meta VALUES('written_by','0.1.0');
CREATE TABLE record (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  date_first INTEGER,
  date_last INTEGER,
  "title" TEXT,
  "summary" TEXT,
  "notes" TEXT,
  "confidence" TEXT,
  "created" TEXT,
  "modified" TEXT
);
INSERT INTO record VALUES(1,'meeting/2023-05-sadyr-japarov-state-visit-china','meeting',738641,738671,'Sadyr Japarov''s state visit to China (May 2023)','During Sadyr Japarov''s state visit to China in May 2023, he and Xi Jinping elevated China–Kyrgyzstan relations to a comprehensive strategic partnership for a new era.','The report of 2023-10-26 speaks of ''Kyrgyz President Sadyr Japarov''s visit to China in May'' when the ties were elevated, in a year Akylbek Japarov calls 2023 — so May 2023 — and of ''the important consensus reached by the two heads of state in May''. The China Daily article of 2025-02-06 confirms a ''state visit to China in 2023'' at which the two heads of state elevated the relationship. Neither gives the days or the city, so the place is China.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(2,'meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','meeting',738770,738770,'Lin Wu leads a Shandong delegation to Kyrgyzstan','Lin Wu, Secretary of the CPC Shandong Provincial Committee, led a Shandong delegation to Kyrgyzstan on 7–8 September 2023, meeting the President, the Prime Minister, a Deputy Prime Minister and the Governor of Chuy Region; friendly province and friendly city agreements were signed.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. The cities where the events took place are not named, so the visit is placed in Kyrgyzstan. Kyrgyz ministers of Economy and Commerce, Agriculture, Energy, Natural Resources, and Culture, Information, Sports and Youth Policy, and the Mayor of Bishkek attended ''the relevant activities'' unnamed: they are recorded as their organizations, not as people. Zhang Haibo and Du Dewen attended the relevant activities; heads of municipal and provincial departments of Shandong accompanied the visit (not named).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(3,'meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','meeting',738771,738771,'Opening of the Shandong Heavy Industry Maintenance Service Center and gift of a Zhongtong CT medical vehicle','Lin Wu and Akylbek Japarov attended the opening ceremony of the Shandong Heavy Industry Maintenance Service Center and the gift ceremony of a Zhongtong CT medical vehicle.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. The article reports the ceremony right after the enterprise meeting of the morning of 8 September but does not date it: recorded as ''about 8 September 2023'' (it may have been on the 7th). Neither the city nor the recipient of the vehicle is named.','medium','2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(4,'meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange','meeting',738771,738771,'China (Shandong)–Kyrgyzstan Enterprise Cooperation Exchange Meeting','Lin Wu and Akylbek Japarov attended and addressed a Shandong–Kyrgyzstan enterprise cooperation meeting on the morning of 8 September 2023, at which cooperation agreements and projects were signed.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. The article gives ''the morning of September 8''. Neither the city nor the signed agreements and projects, nor their parties, are named.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(5,'meeting/2023-09-friendly-shandong-silk-road-performance','meeting',738764,738793,'''China–Central Asia People''s Year of Culture and Art'' and the ''Friendly Shandong · Friendship along the Silk Road'' performance','Lin Wu and Edil Baisalov watched the ''China–Central Asia People''s Year of Culture and Art'' and the artistic performance ''Friendly Shandong · Friendship along the Silk Road'' in Kyrgyzstan.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. It gives no day for this event, only that it happened during the visit, so it is recorded with month precision (7 or 8 September 2023). The venue and city are not named.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(6,'meeting/2023-09-lin-wu-akylbek-japarov','meeting',738764,738793,'Lin Wu meets Prime Minister Akylbek Japarov','During the Shandong delegation''s visit, Lin Wu met Kyrgyz Prime Minister Akylbek Japarov.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. It gives no day for this event, only that it happened during the visit, so it is recorded with month precision (7 or 8 September 2023). Reported together with the meetings with Sadyr Japarov and Edil Baisalov (one joint summary of topics). The two also attended the enterprise exchange meeting and the service-center ceremony, recorded separately.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(7,'meeting/2023-09-lin-wu-edil-baisalov','meeting',738764,738793,'Lin Wu meets Deputy Prime Minister Edil Baisalov','During the Shandong delegation''s visit, Lin Wu met Kyrgyz Deputy Prime Minister Edil Baisalov.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. It gives no day for this event, only that it happened during the visit, so it is recorded with month precision (7 or 8 September 2023). Reported together with the meetings with Sadyr Japarov and Akylbek Japarov (one joint summary of topics). The article spells the name ''Baisalov''.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(8,'meeting/2023-09-lin-wu-kanat-jumagaziev','meeting',738764,738793,'Lin Wu meets Chuy Region Governor Kanat Jumagaziev','Lin Wu met Kanat Jumagaziev, Governor of Chuy Region; Shandong and Chuy Region agreed to establish friendly province relations and three friendly-city agreements were signed.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. It gives no day for this event, only that it happened during the visit, so it is recorded with month precision (7 or 8 September 2023). The article reports the signing of the friendly province and friendly city agreements in the same paragraph as this meeting, and Jumagaziev speaks of ''the establishment of friendly province relations as a new starting point''; it does not say in so many words that they were signed at this meeting, which is the reading taken here. The article calls the region ''Chuiskaya Oblast''.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(9,'meeting/2023-09-lin-wu-sadyr-japarov','meeting',738764,738793,'Lin Wu meets President Sadyr Japarov','During the Shandong delegation''s visit, Lin Wu met Kyrgyz President Sadyr Japarov.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. It gives no day for this event, only that it happened during the visit, so it is recorded with month precision (7 or 8 September 2023). The article reports the meetings with Sadyr Japarov, Akylbek Japarov and Edil Baisalov together, with one summary of Lin Wu''s proposals and of the Kyrgyz side''s reply; the topics are those of that joint summary. Place: the city is not named.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(10,'meeting/2023-10-25-china-cultural-center-bishkek-plaque','meeting',738818,738818,'Li Qiang and Akylbek Japarov unveil the plaque of the China Cultural Center in Bishkek','The two prime ministers jointly unveiled the plaque for a China Cultural Center in Bishkek, the first of its kind in Central Asia.','The article is dated 2023-10-26 (a Thursday) and reports the events ''on Wednesday'': resolved to Wednesday 2023-10-25. The article reports the unveiling together with the Wednesday talks (''The leaders also jointly unveiled the plaque'') without its own date: recorded on the same day. It places the center, not explicitly the ceremony, in Bishkek.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(11,'meeting/2023-10-25-li-qiang-akylbek-japarov','meeting',738818,738818,'Li Qiang holds talks with Akylbek Japarov','Premier Li Qiang and Prime Minister Akylbek Japarov agreed to promote high-quality Belt and Road cooperation and accelerate key projects including the China–Kyrgyzstan–Uzbekistan railway; bilateral cooperation documents were signed after the talks.','The article is dated 2023-10-26 (a Thursday) and reports the events ''on Wednesday'': resolved to Wednesday 2023-10-25. The city is not named (Li was in Kyrgyzstan; the SCO meeting he was to attend was in Bishkek). Li called for implementing the two countries'' mid- to long-term economic and trade cooperation plan (recorded as an agreement, not an outcome of this meeting). Japarov called 2023 a fruitful year and said relations had reached their highest level since the May 2023 elevation to a comprehensive strategic partnership in the new era. He expressed Kyrgyzstan''s support for China on the Taiwan question, the Xinjiang Uygur and Tibet autonomous regions and the Hong Kong SAR; these are recorded as topics, not as places (Xinjiang is also a place record, as the province of Kashgar).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(12,'meeting/2023-10-25-li-qiang-mikhail-mishustin','meeting',738818,738818,'Li Qiang meets Russian Prime Minister Mikhail Mishustin in Bishkek','On the same day, Li Qiang met Russian Prime Minister Mikhail Mishustin, who was in Bishkek for the SCO heads of government meeting.','The article is dated 2023-10-26 (a Thursday) and reports the events ''on Wednesday'': resolved to Wednesday 2023-10-25. The article gives no topics. Recorded as part of Li''s official visit, during which it took place; it is not a China–Kyrgyzstan meeting.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(13,'meeting/2023-10-25-li-qiang-sadyr-japarov','meeting',738818,738818,'Li Qiang meets President Sadyr Japarov','Li Qiang met President Sadyr Japarov, calling for full implementation of the consensus of the two heads of state of May 2023 and for an early start of construction of the China–Kyrgyzstan–Uzbekistan railway.','The article is dated 2023-10-26 (a Thursday) and reports the events ''on Wednesday'': resolved to Wednesday 2023-10-25. ''When meeting with Kyrgyz President Sadyr Japarov on the same day'' — the day of the talks, 2023-10-25. The city is not named.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(14,'meeting/2023-10-li-qiang-official-visit-kyrgyzstan','meeting',1,738818,'Li Qiang''s official visit to Kyrgyzstan','Chinese Premier Li Qiang paid an official visit to Kyrgyzstan in October 2023, holding talks with Prime Minister Akylbek Japarov, meeting President Sadyr Japarov and unveiling the plaque of the China Cultural Center in Bishkek.','The article is dated 2023-10-26 (a Thursday) and reports the events ''on Wednesday'': resolved to Wednesday 2023-10-25. The article says Li ''is currently in Kyrgyzstan on an official visit'' and gives neither its first nor its last day: the start is recorded as on or before 2023-10-25, with no end date. He was also to attend the 22nd SCO heads of government meeting in Bishkek, recorded separately.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(15,'meeting/2023-10-sco-heads-of-government-council-bishkek','meeting',738819,3652059,'22nd Meeting of the Council of Heads of Government of the SCO member states','The 22nd meeting of the SCO Council of Heads of Government in Bishkek, which Li Qiang was to attend and for which Mikhail Mishustin was in Bishkek.','The article, dated 2023-10-26, says Li ''will attend'' the meeting ''in the country''s capital'' (Bishkek): it had not yet taken place, so it is recorded as on or after 2023-10-26; its exact dates are not given. Li and Mishustin are listed as participants on the strength of their reported plans to attend; the article does not report the meeting itself.','medium','2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(16,'meeting/2025-02-04-sadyr-japarov-state-visit-china','meeting',739286,739286,'Sadyr Japarov''s state visit to China (February 2025)','Kyrgyz President Sadyr Japarov paid a state visit to China on 4–7 February 2025; he and Xi Jinping signed a joint statement and witnessed the signing of cooperation documents.','The article is dated 2025-02-06, a Thursday. ''A state visit to China from Tuesday to Friday'' is resolved to Tuesday 2025-02-04 – Friday 2025-02-07, the week of publication. Japarov was ''glad to visit China at the beginning of the Chinese New Year''. The report of 2025-09-03 quotes Cai Qi as saying the leaders had ''already met three times'' that year.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(17,'meeting/2025-02-05-xi-jinping-sadyr-japarov','meeting',739287,739287,'Xi Jinping meets Sadyr Japarov in Beijing','Xi Jinping and Sadyr Japarov met in Beijing, pledged high-quality Belt and Road cooperation and a high-standard China–Kyrgyzstan–Uzbekistan railway, and signed a joint statement; cooperation documents on diplomacy, trade, the economy and agriculture were signed in their presence.','The article is dated 2025-02-06, a Thursday. ''A state visit to China from Tuesday to Friday'' is resolved to Tuesday 2025-02-04 – Friday 2025-02-07, the week of publication. The photo caption and the lead date the meeting ''on Wednesday'': 2025-02-05, in Beijing. One later paragraph says ''Xi said on Tuesday'' for remarks that belong to the same meeting; read as an error in the article (or remarks of an unreported earlier occasion) — no separate Tuesday meeting is recorded. The article calls it the fifth meeting of the two leaders since Japarov took office in 2021. Xi''s reference to ''the operation of institutions such as Chinese cultural centers'' is linked to the China Cultural Center in Bishkek project, which the article does not name. Japarov wished success to the 9th Asian Winter Games in Harbin.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(18,'meeting/2025-02-07-asian-winter-games-harbin','meeting',739289,739289,'9th Asian Winter Games, Harbin','The 9th Asian Winter Games in Harbin, for whose success Sadyr Japarov expressed his wishes during his February 2025 state visit.','The China Daily article (dated Thursday 2025-02-06) says the Games were ''to be held in Harbin, Heilongjiang province, from Friday to Feb 14'': Friday 2025-02-07 to 2025-02-14. A sporting event, not a bilateral meeting: recorded only because the article mentions it; no participants, level ''other'' and no format (the vocabulary has none for sporting events).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(19,'meeting/2025-09-sadyr-japarov-cai-qi','meeting',1,739497,'Sadyr Japarov meets Cai Qi','Sadyr Japarov met Cai Qi, member of the Standing Committee of the Political Bureau of the CPC Central Committee, to discuss political dialogue, cultural ties and trade, economic and investment cooperation.','The article is dated 2025-09-03 and gives no day or city for the visit or the meeting, so both are recorded as on or before 2025-09-03, in China. Reported by the press service of the Kyrgyz President. Japarov called China Kyrgyzstan''s largest trade, economic and investment partner and invited Chinese companies to take part in Kyrgyzstan''s national projects; the sides agreed to implement ''the agreements reached'' (not named).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(20,'meeting/2025-09-sadyr-japarov-working-visit-china','meeting',1,739497,'Sadyr Japarov''s working visit to China (September 2025)','Kyrgyz President Sadyr Japarov made a working visit to China, during which he met Cai Qi and took part in the celebrations of the 80th anniversary of the victory of the Chinese people in World War II.','The article is dated 2025-09-03 and gives no day or city for the visit or the meeting, so both are recorded as on or before 2025-09-03, in China. Cai Qi recalled that the leaders of the two countries had ''already met three times'' in 2025 (''this year'' in an article of 2025).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(21,'meeting/2025-09-war-victory-80th-anniversary-celebrations','meeting',739495,739524,'Celebrations of the 80th anniversary of the victory of the Chinese people in World War II','Sadyr Japarov took part in China''s celebrations of the 80th anniversary of the victory of the Chinese people in World War II, for which Cai Qi thanked him.','The report of 2025-09-03 says only that Cai Qi thanked Japarov ''for participating in the celebrations''; it gives neither the date nor the city. Recorded as about September 2025, during the working visit.','medium','2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(22,'meeting/2026-03-01-edil-baisalov-lin-wu-jinan','meeting',739676,739676,'Edil Baisalov holds talks with Lin Wu in Jinan','Edil Baisalov and Lin Wu discussed practical cooperation, including new production capacities in Kyrgyzstan to support SMEs, and interregional cooperation between Kyrgyzstan''s regions and Shandong.','Dated ''March 1, 2026, in Jinan'' in the text. The Trend article styles Lin Wu ''Secretary of the Party Secretary of the Shandong Provincial Committee'' (a garbled translation of Secretary of the CPC Shandong Provincial Committee) and spells Baisalov ''Baysalov'' in the quotation. The sides agreed to continue implementing ''the agreements reached'' (not named).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(23,'meeting/2026-03-edil-baisalov-visit-shandong','meeting',1,739676,'Edil Baisalov leads a Kyrgyz delegation to Shandong','A Kyrgyz delegation led by Deputy Chairman of the Cabinet of Ministers Edil Baisalov visited Shandong province, holding talks with Lin Wu in Jinan on 1 March 2026 and visiting machinery and engineering enterprises.','The article (2026-03-02) dates only the talks (1 March 2026, Jinan); the visit began on or before that day and its end is not given. That Baisalov led the delegation is inferred from his talks with Lin Wu during ''the visit''.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(24,'meeting/2026-03-kyrgyz-delegation-shandong-machinery-enterprises','meeting',1,739677,'Kyrgyz delegation visits machinery and engineering enterprises in Shandong','During the visit, the Kyrgyz delegation familiarized itself with the operations of several leading machinery and engineering enterprises in Shandong.','Neither the date, the cities nor the enterprises are given; the article of 2026-03-02 reports it in the past tense, so it is recorded as on or before that day. Who took part is not stated beyond ''the Kyrgyz delegation''.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(25,'agreement/2023-05-comprehensive-strategic-partnership-new-era','agreement',738641,738671,'Elevation of China–Kyrgyzstan ties to a comprehensive strategic partnership in the new era','During Sadyr Japarov''s state visit to China in May 2023, China and Kyrgyzstan elevated their relationship to a comprehensive strategic partnership in (for) a new era.','The articles say only that the two heads of state ''elevated'' the ties (report of 2023-10-26: ''in the new era''; China Daily, 2025-02-06: ''for a new era'') and reached an ''important consensus'' in May 2023; they name no signed document (a joint statement or declaration is not mentioned), so the kind is ''other'', there are no signatories and no status; signed_at records the visit at which the elevation was agreed. The partnership is referred to as current in 2025 (reports of 2025) and 2026 (Trend, 2026-03-02).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(26,'agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements','agreement',738771,738771,'Cooperation agreements and projects signed at the Shandong–Kyrgyzstan enterprise meeting','''Relevant cooperation agreements and projects'' were signed at the China (Shandong)–Kyrgyzstan Enterprise Cooperation Exchange Meeting on 8 September 2023.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. The article names neither the agreements, their number, their parties nor their signatories; recorded as one entry for the whole batch, with no parties.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(27,'agreement/2023-09-donge-novopokrovka-friendly-cities','agreement',738764,738793,'Dong''e County and Novopokrovka establish friendly cooperative city relations','Dong''e County and Novopokrovka signed an agreement on friendly cooperative city relations.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. The agreement is reported as signed ''during the visit'' with no day, so it is dated with month precision (7 or 8 September 2023). Who signed it is not stated. Its link to the meeting with Kanat Jumagaziev follows the article''s paragraph order (see that meeting). The article calls the Kyrgyz party ''Novopokrovka District'': Novopokrovka is a large village (with its rural municipality) in Issyk-Ata District, not a district; see the place record.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(28,'agreement/2023-09-liaocheng-issyk-ata-friendly-cities','agreement',738764,738793,'Liaocheng and Issyk-Ata District establish friendly cooperative city relations','Liaocheng and Issyk-Ata District signed an agreement on friendly cooperative city relations.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. The agreement is reported as signed ''during the visit'' with no day, so it is dated with month precision (7 or 8 September 2023). Who signed it is not stated. Its link to the meeting with Kanat Jumagaziev follows the article''s paragraph order (see that meeting).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(29,'agreement/2023-09-shandong-chuy-friendly-provinces','agreement',738764,738793,'Shandong and Chuy Region agree to establish friendly province relations','Shandong Province and Chuy Region (Chuiskaya Oblast) signed an agreement on establishing friendly province relations.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. The agreement is reported as signed ''during the visit'' with no day, so it is dated with month precision (7 or 8 September 2023). Who signed it is not stated. Its link to the meeting with Kanat Jumagaziev follows the article''s paragraph order (see that meeting).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(30,'agreement/2023-09-shenxian-kant-friendly-cities','agreement',738764,738793,'Shenxian County and Kant establish friendly cooperative city relations','Shenxian County and Kant City signed an agreement on friendly cooperative city relations.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. The agreement is reported as signed ''during the visit'' with no day, so it is dated with month precision (7 or 8 September 2023). Who signed it is not stated. Its link to the meeting with Kanat Jumagaziev follows the article''s paragraph order (see that meeting).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(31,'agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents','agreement',738818,738818,'China–Kyrgyzstan cooperation documents on adjacent-area cooperation, the digital economy, local friendly exchanges and infrastructure','After the talks between Li Qiang and Akylbek Japarov, the two countries signed multiple bilateral cooperation documents on adjacent-area cooperation, the digital economy, local friendly exchanges and infrastructure.','The article is dated 2023-10-26 (a Thursday) and reports the events ''on Wednesday'': resolved to Wednesday 2023-10-25. The article gives neither the number nor the titles of the documents nor who signed them: recorded as one entry for the batch. Signed ''after the talks'', so linked to the talks.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(32,'agreement/2025-02-05-china-kyrgyzstan-cooperation-documents','agreement',739287,739287,'China–Kyrgyzstan cooperation documents on diplomacy, trade, the economy and agriculture','Xi Jinping and Sadyr Japarov witnessed the signing of multiple cooperation documents in areas such as diplomacy, trade, the economy and agriculture.','The article is dated 2025-02-06, a Thursday. ''A state visit to China from Tuesday to Friday'' is resolved to Tuesday 2025-02-04 – Friday 2025-02-07, the week of publication. The article lists the areas ''such as'' diplomacy, trade, the economy and agriculture, without the number, titles or signatories of the documents: recorded as one entry for the batch. The leaders witnessed the signing; they are not signatories.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(33,'agreement/2025-02-05-china-kyrgyzstan-joint-statement','agreement',739287,739287,'China–Kyrgyzstan joint statement (February 2025)','Xi Jinping and Sadyr Japarov signed a joint statement during Japarov''s state visit to China.','The article is dated 2025-02-06, a Thursday. ''A state visit to China from Tuesday to Friday'' is resolved to Tuesday 2025-02-04 – Friday 2025-02-07, the week of publication. ''The two leaders also signed a joint statement'' at the meeting of Wednesday 2025-02-05. Its content is not described.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(34,'agreement/china-kyrgyzstan-mid-long-term-economic-trade-plan','agreement',1,738818,'China–Kyrgyzstan mid- to long-term economic and trade cooperation plan','A mid- to long-term economic and trade cooperation plan between China and Kyrgyzstan, which Li Qiang urged the two countries to implement.','The report of 2023-10-26 mentions the plan only as existing (''implement their mid- to long-term economic and trade cooperation plan'') in the talks of 2023-10-25; when and by whom it was adopted is not stated, so it is dated on or before 2023-10-25, with no status.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(35,'project/china-cultural-center-bishkek','project',738818,738818,'China Cultural Center in Bishkek','A China Cultural Center in Bishkek, the first of its kind in Central Asia, whose plaque Li Qiang and Akylbek Japarov unveiled on 25 October 2023.','The article is dated 2023-10-26 (a Thursday) and reports the events ''on Wednesday'': resolved to Wednesday 2023-10-25. The plaque unveiling is treated as the inauguration (status ''completion''); the article does not say whether the center was then fully operating. In February 2025 Xi Jinping called for promoting friendship ''through the operation of institutions such as Chinese cultural centers'' (China Daily, 2025-02-06).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(36,'project/china-kyrgyzstan-uzbekistan-railway','project',739287,739287,'China–Kyrgyzstan–Uzbekistan railway','A railway linking China, Kyrgyzstan and Uzbekistan under the Belt and Road Initiative, whose construction was officially launched in December 2024.','The China Daily article of 2025-02-06 says the project was ''officially launched in December'', resolved to December 2024, the last December before publication. In October 2023 China and Kyrgyzstan agreed to accelerate its construction and Li Qiang urged an early start (report of 2023-10-26). The route is an outside fact, not in the articles: the publicly reported alignment of the line as reported at its December 2024 launch, Kashgar – Torugart – Makmal – Jalal-Abad – Andijan; the points are the coordinates of the named towns and pass, not of the track (the Makmal point is approximate). Japarov called it, in an earlier interview, the latest achievement of the Belt and Road Initiative. No cost is given in the articles.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(37,'project/kyrgyzstan-sme-production-capacities','project',739676,739676,'New production capacities in Kyrgyzstan to support SMEs','The establishment of new production capacities in Kyrgyzstan to support small and medium-sized enterprises, discussed by Edil Baisalov and Lin Wu in March 2026.','The Trend report says only that the establishment of new production capacities was discussed on 1 March 2026 and that Lin Wu confirmed readiness to support investment ties and new industrial supply initiatives: no commitment, site or cost is given. ''Pledge'' is the earliest stage the vocabulary has; confidence medium.','medium','2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(38,'project/scoda','project',738764,738793,'China–SCO Local Economic and Trade Cooperation Demonstration Area (SCODA)','A demonstration area for local economic and trade cooperation with SCO countries, in whose construction Lin Wu invited Kyrgyz economic and trade parks, enterprises and institutions to take part.','The Shandong article uses only the acronym ''SCODA'', in the context of cooperation ''under the SCO framework'' and ''a new platform for China-Kyrgyzstan local economic and trade cooperation''; the expanded name is the area''s published name, not in the article. Its location is not given in the articles. Status ''implementation'' because the article speaks of its ''construction'' as under way.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(39,'project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan','project',738771,738771,'Shandong Heavy Industry Maintenance Service Center (Kyrgyzstan)','A maintenance service center of Shandong Heavy Industry in Kyrgyzstan, opened in the presence of Lin Wu and Akylbek Japarov in September 2023.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. The opening is dated about 8 September 2023 (see the ceremony). The article gives neither the city nor what the center services.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(40,'project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan','project',738771,738771,'Gift of a Zhongtong CT medical vehicle to Kyrgyzstan','A Zhongtong CT medical vehicle handed over at a gift ceremony attended by Lin Wu and Akylbek Japarov in September 2023.','The article (posted 2023-11-23) dates the visit ''September 7 to 8'' without a year: the most recent 7–8 September before publication is 2023. Dated about 8 September 2023 (see the ceremony). The article names neither the donor nor the recipient; ''Zhongtong'' is the vehicle''s make. Recorded as an in-kind gift, health sector.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(41,'person/akylbek-japarov','person',NULL,NULL,'Akylbek Japarov','Prime Minister of Kyrgyzstan, as of September–October 2023.','Position as given in the article(s), as of 2023-09 (Shandong article) and 2023-10-26 (report of that date), both of which call him Prime Minister (head of the Cabinet of Ministers). Not to be confused with President Sadyr Japarov.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(42,'person/cai-qi','person',NULL,NULL,'Cai Qi','Member of the Standing Committee of the Political Bureau of the CPC Central Committee, as of September 2025.','Position as given in the article(s), as of 2025-09-03.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(43,'person/du-dewen','person',NULL,NULL,'Du Dewen','Chinese Ambassador to Kyrgyzstan, as of September 2023.','Position as given in the article(s), as of 2023-09 (Shandong article); attended the activities of Lin Wu''s visit to Kyrgyzstan.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(44,'person/edil-baisalov','person',NULL,NULL,'Edil Baisalov','Deputy Chairman of the Cabinet of Ministers (Deputy Prime Minister) of Kyrgyzstan.','Position as given in the article(s), as of 2023-09 (Shandong article: ''Deputy Prime Minister'') and 2026-03-01 (Trend: ''Deputy Chairman of the Cabinet of Ministers''); the sources give no start or end. The Trend report spells the name both ''Baisalov'' and ''Baysalov''.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(45,'person/kanat-jumagaziev','person',NULL,NULL,'Kanat Jumagaziev','Governor of Chuy Region (Chuiskaya Oblast), as of September 2023.','Position as given in the article(s), as of 2023-09 (Shandong article: ''Governor of Chuiskaya Oblast'').',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(46,'person/li-qiang','person',NULL,NULL,'Li Qiang','Premier of China, as of October 2023.','Position as given in the article(s), as of 2023-10-26 (''Premier Li Qiang'').',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(47,'person/lin-wu','person',NULL,NULL,'Lin Wu','Secretary of the CPC Shandong Provincial Committee.','Position as given in the article(s), as of 2023-09 (Shandong article) and 2026-03-01 (Trend, which garbles the title as ''Secretary of the Party Secretary of the Shandong Provincial Committee'').',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(48,'person/mikhail-mishustin','person',NULL,NULL,'Mikhail Mishustin','Prime Minister of Russia, as of October 2023.','Position as given in the article(s), as of 2023-10-26 (''Russian Prime Minister Mikhail Mishustin''), who was in Bishkek for the SCO heads of government meeting.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(49,'person/sadyr-japarov','person',NULL,NULL,'Sadyr Japarov','President of Kyrgyzstan since 2021.','Took office as president in 2021 (China Daily, 2025-02-06); still president as of 2026-03-02 (Trend). Chinese: 扎帕罗夫 is the established transliteration of the surname.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(50,'person/su-chang','person',NULL,NULL,'Su Chang','Research fellow at the Institute of Russian, Eastern European and Central Asian Studies of the Chinese Academy of Social Sciences, quoted by China Daily in February 2025.','Position as given in the article(s), as of 2025-02-06 (China Daily). The article refers to Su Chang as ''she''.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(51,'person/wang-zhuangfei','person',NULL,NULL,'Wang Zhuangfei','Photographer credited for the China Daily photo of Xi Jinping and Sadyr Japarov of 5 February 2025.','Recorded because the 2025-02-06 article credits him with its photo ''(Wang Zhuangfei/China Daily)''; he plays no part in the events. Position as the credit gives it.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(52,'person/xi-jinping','person',NULL,NULL,'Xi Jinping','President of China.','Position as given in the article(s), as of 2025-02-06 (China Daily: ''President Xi Jinping'').',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(53,'person/zhang-haibo','person',NULL,NULL,'Zhang Haibo','Member and Secretary-General of the Standing Committee of the CPC Shandong Provincial Committee, as of September 2023.','Position as given in the article(s), as of 2023-09 (Shandong article); attended the activities of Lin Wu''s visit to Kyrgyzstan.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(54,'organization/bishkek-mayors-office','organization',NULL,NULL,'Bishkek Mayor''s Office',NULL,'The Mayor of Bishkek (not named) attended the activities of Lin Wu''s visit in September 2023; recorded as the office.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(55,'organization/cass','organization',NULL,NULL,'Chinese Academy of Social Sciences',NULL,NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(56,'organization/cass-institute-russian-eastern-european-central-asian-studies','organization',NULL,NULL,'Institute of Russian, Eastern European and Central Asian Studies','An institute of the Chinese Academy of Social Sciences; Su Chang is a research fellow there.',NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(57,'organization/china-daily','organization',NULL,NULL,'China Daily','Newspaper credited for the photo of the article of 2025-02-06, taken as its publisher.',NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(58,'organization/china-foreign-ministry','organization',NULL,NULL,'Ministry of Foreign Affairs of the People''s Republic of China','China''s Foreign Ministry, the source of the 2024 bilateral trade figure.',NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(59,'organization/communist-party-of-china','organization',NULL,NULL,'Communist Party of China',NULL,NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(60,'organization/cpc-central-committee','organization',NULL,NULL,'Central Committee of the Communist Party of China',NULL,NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(61,'organization/cpc-political-bureau','organization',NULL,NULL,'Political Bureau of the CPC Central Committee',NULL,NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(62,'organization/cpc-political-bureau-standing-committee','organization',NULL,NULL,'Standing Committee of the Political Bureau of the CPC Central Committee',NULL,NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(63,'organization/cpc-shandong-provincial-committee','organization',NULL,NULL,'CPC Shandong Provincial Committee','The Shandong provincial committee of the Communist Party of China, whose secretary is Lin Wu.',NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(64,'organization/cpc-shandong-provincial-standing-committee','organization',NULL,NULL,'Standing Committee of the CPC Shandong Provincial Committee',NULL,NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(65,'organization/kyrgyz-cabinet-of-ministers','organization',NULL,NULL,'Cabinet of Ministers of the Kyrgyz Republic','The government of Kyrgyzstan, headed by the Prime Minister (Chairman of the Cabinet).',NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(66,'organization/kyrgyz-cabinet-press-service','organization',NULL,NULL,'Press service of the Cabinet of Ministers of the Kyrgyz Republic','The press service through which Trend reported the Baisalov–Lin Wu talks of March 2026.',NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(67,'organization/kyrgyz-ministry-of-agriculture','organization',NULL,NULL,'Ministry of Agriculture of the Kyrgyz Republic',NULL,'Its minister (not named) attended the activities of Lin Wu''s visit in September 2023. The name is as the article gives it. The article says only ''Agriculture''; the ministry''s full official name is not given.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(68,'organization/kyrgyz-ministry-of-culture-information-sports-youth-policy','organization',NULL,NULL,'Ministry of Culture, Information, Sports and Youth Policy of the Kyrgyz Republic',NULL,'Its minister (not named) attended the activities of Lin Wu''s visit in September 2023. The name is as the article gives it. The article''s list (''Culture, Information, Sports and Youth Policy'') is read as the name of one ministry.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(69,'organization/kyrgyz-ministry-of-economy-and-commerce','organization',NULL,NULL,'Ministry of Economy and Commerce of the Kyrgyz Republic',NULL,'Its minister (not named) attended the activities of Lin Wu''s visit in September 2023. The name is as the article gives it.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(70,'organization/kyrgyz-ministry-of-energy','organization',NULL,NULL,'Ministry of Energy of the Kyrgyz Republic',NULL,'Its minister (not named) attended the activities of Lin Wu''s visit in September 2023. The name is as the article gives it.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(71,'organization/kyrgyz-ministry-of-natural-resources','organization',NULL,NULL,'Ministry of Natural Resources of the Kyrgyz Republic',NULL,'Its minister (not named) attended the activities of Lin Wu''s visit in September 2023. The name is as the article gives it. The article says only ''Natural Resources''; the ministry''s full official name is not given.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(72,'organization/kyrgyz-president-press-service','organization',NULL,NULL,'Press service of the President of the Kyrgyz Republic','The press service of the head of state, which reported Sadyr Japarov''s meeting with Cai Qi.','Report of 2025-09-03: ''The press service of the head of state reported.''',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(73,'organization/sco','organization',NULL,NULL,'Shanghai Cooperation Organization',NULL,NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(74,'organization/shandong-heavy-industry','organization',NULL,NULL,'Shandong Heavy Industry','Shandong company whose Maintenance Service Center in Kyrgyzstan opened in September 2023.','The article names it only in ''Shandong Heavy Industry Maintenance Service Center''.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(75,'organization/trend-news-agency','organization',NULL,NULL,'Trend News Agency','News agency; publisher of the 2026-03-02 report on the Baisalov–Lin Wu talks.','The article says ''Trend reports''; its country is not stated there.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(76,'organization/zhongtong-bus','organization',NULL,NULL,'Zhongtong Bus','Maker of the Zhongtong CT medical vehicle given in Kyrgyzstan in September 2023.','The article names only the vehicle, ''Zhongtong CT Medical Vehicle''; Zhongtong is the make of Zhongtong Bus (中通客车), a Shandong vehicle maker. That the company itself took part in the gift is not stated.','medium','2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(77,'place/andijan','place',NULL,NULL,'Andijan','City in eastern Uzbekistan; the Uzbek end of the railway.','Not named in the articles: recorded as a point of the China–Kyrgyzstan–Uzbekistan railway''s publicly reported alignment (an outside fact, see the project). Coordinates of the city.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(78,'place/beijing','place',NULL,NULL,'Beijing','Capital of China; place of the Xi–Japarov meeting of 5 February 2025.',NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(79,'place/bishkek','place',NULL,NULL,'Bishkek','Capital of Kyrgyzstan; site of the China Cultural Center and of the 2023 SCO heads of government meeting.','Coordinates of the city centre (outside fact). Bishkek is not part of Chuy Region.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(80,'place/china','place',NULL,NULL,'China',NULL,'The point is the country''s conventional centroid, for the map; coordinates are outside facts.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(81,'place/chuy-region','place',NULL,NULL,'Chuy Region','Region of northern Kyrgyzstan; friendly province of Shandong since September 2023.','The point is an approximate centre of the area, for the map. The article calls it ''Chuiskaya Oblast''.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(82,'place/donge-county','place',NULL,NULL,'Dong''e County','County of Liaocheng, Shandong; friendly city of Novopokrovka since September 2023.','Coordinates of the county seat (outside fact).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(83,'place/dushanbe','place',NULL,NULL,'Dushanbe','Capital of Tajikistan; dateline of the Trend article of 2 March 2026.','Mentioned only in the dateline (''DUSHANBE, Tajikistan, March 2'').',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(84,'place/harbin','place',NULL,NULL,'Harbin','Capital of Heilongjiang; host of the 9th Asian Winter Games (7–14 February 2025).',NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(85,'place/heilongjiang','place',NULL,NULL,'Heilongjiang','Province of north-eastern China.','The point is an approximate centre of the area, for the map. Mentioned as the province of Harbin (China Daily, 2025-02-06).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(86,'place/issyk-ata-district','place',NULL,NULL,'Issyk-Ata District','District of Chuy Region; friendly city of Liaocheng since September 2023.','The point is an approximate centre of the area, for the map. Its administrative centre is Kant.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(87,'place/jalal-abad','place',NULL,NULL,'Jalal-Abad','City in southern Kyrgyzstan; a point of the railway.','Not named in the articles: recorded as a point of the China–Kyrgyzstan–Uzbekistan railway''s publicly reported alignment (an outside fact, see the project). Coordinates of the city.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(88,'place/jinan','place',NULL,NULL,'Jinan','Capital of Shandong; place of the Baisalov–Lin Wu talks of 1 March 2026.',NULL,NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(89,'place/kant','place',NULL,NULL,'Kant','Town in Issyk-Ata District, Chuy Region; friendly city of Shenxian County since September 2023.','Coordinates of the town (outside fact). The article calls it ''Kant City''.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(90,'place/kashgar','place',NULL,NULL,'Kashgar','City in Xinjiang; the Chinese end of the China–Kyrgyzstan–Uzbekistan railway.','Not named in the articles: recorded as a point of the China–Kyrgyzstan–Uzbekistan railway''s publicly reported alignment (an outside fact, see the project). Coordinates of the city.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(91,'place/kyrgyzstan','place',NULL,NULL,'Kyrgyzstan',NULL,'The point is the country''s conventional centroid, for the map; coordinates are outside facts.',NULL,'2026-11-23T00:00:00Z','2026-12-06T00:00:00Z');
INSERT INTO record VALUES(92,'place/liaocheng','place',NULL,NULL,'Liaocheng','Prefecture-level city in Shandong; friendly city of Issyk-Ata District since September 2023.','Coordinates of the city centre (outside fact). Shenxian and Dong''e counties lie in Liaocheng.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(93,'place/makmal','place',NULL,NULL,'Makmal','Settlement in Kyrgyzstan; a point of the China–Kyrgyzstan–Uzbekistan railway''s route.','Not named in the articles: recorded as a point of the China–Kyrgyzstan–Uzbekistan railway''s publicly reported alignment (an outside fact, see the project). The coordinates are approximate (the Makmal village and gold-mine area east of Kazarman); they could not be checked against a gazetteer to better than about 10 km.','medium','2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(94,'place/novopokrovka','place',NULL,NULL,'Novopokrovka','Large village in Issyk-Ata District, east of Bishkek; friendly city of Dong''e County since September 2023.','The article says ''Novopokrovka District''. Novopokrovka is a village (with its rural municipality, aiyl aimak) in Issyk-Ata District, not a district; the kind ''district'' keeps the article''s word for the local government unit. Coordinates are those of the village (outside fact).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(95,'place/russia','place',NULL,NULL,'Russia',NULL,'The point is the country''s conventional centroid, for the map; coordinates are outside facts. Mentioned as the country of Prime Minister Mikhail Mishustin.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(96,'place/shandong','place',NULL,NULL,'Shandong','Province of eastern China, active in subnational cooperation with Kyrgyzstan.','The point is an approximate centre of the area, for the map.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(97,'place/shenxian-county','place',NULL,NULL,'Shenxian County','County of Liaocheng, Shandong; friendly city of Kant since September 2023.','Coordinates of the county seat (outside fact).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(98,'place/tajikistan','place',NULL,NULL,'Tajikistan',NULL,'The point is the country''s conventional centroid, for the map; coordinates are outside facts. Mentioned only in the dateline of the Trend article (Dushanbe).',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(99,'place/torugart-pass','place',NULL,NULL,'Torugart Pass','Mountain pass on the China–Kyrgyzstan border; the railway''s border crossing.','Not named in the articles: recorded as a point of the China–Kyrgyzstan–Uzbekistan railway''s publicly reported alignment (an outside fact, see the project). Coordinates of the pass, on the border: no country or parent is given.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(100,'place/uzbekistan','place',NULL,NULL,'Uzbekistan',NULL,'The point is the country''s conventional centroid, for the map; coordinates are outside facts. Named in the name of the China–Kyrgyzstan–Uzbekistan railway.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(101,'place/xinjiang','place',NULL,NULL,'Xinjiang','Xinjiang Uygur Autonomous Region of China.','The point is an approximate centre of the area, for the map. The report of 2023-10-26 mentions it among China''s core-interest issues (with Taiwan, Tibet and Hong Kong, which are recorded only as topics of the 2023-10-25 talks); it is modelled as a place because Kashgar, the railway''s Chinese end, lies in it.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(102,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan','source',738819,738819,'China and Kyrgyzstan agree to promote high-quality Belt and Road cooperation (Li Qiang''s official visit to Kyrgyzstan)','News report of 26 October 2023 on Li Qiang''s talks with Akylbek Japarov, his meetings with Sadyr Japarov and Mikhail Mishustin and the plaque of the China Cultural Center in Bishkek.','The text has no headline: the title is descriptive. The publisher is not named in the text and is left out. Reliability C (fairly reliable): an unattributed wire-style account of official Chinese readouts; its account of the May 2023 elevation agrees with the China Daily article of 2025-02-06. No URL is in the text.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(103,'source/2025-09-03-sadyr-japarov-cai-qi','source',739497,739497,'Sadyr Japarov meets Cai Qi during his working visit to China','Report of 3 September 2025, after the press service of the Kyrgyz President, on Sadyr Japarov''s meeting with Cai Qi.','The text has no headline: the title is descriptive. The publisher is not named; the report is attributed to the press service of the Kyrgyz head of state. Reliability C (fairly reliable): unknown outlet relaying an official readout; it gives no dates or places for the meeting. No URL is in the text.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(104,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov','source',739288,739288,'China, Kyrgyzstan to advance Belt and Road cooperation','China Daily report of 6 February 2025 on Xi Jinping''s meeting with Sadyr Japarov during his state visit, with the 2024 trade figure and comment by Su Chang.','Headline as given. Publisher: the text credits its photo ''(Wang Zhuangfei/China Daily)'', the basis for naming China Daily. Reliability B (usually reliable): national state-run daily reporting official statements and citing the Foreign Ministry for figures; one internal slip (''Xi said on Tuesday'' for the Wednesday meeting). No URL is in the text.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(105,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan','source',738847,738847,'Lin Wu Led a Delegation of Shandong Province to Visit Kyrgyzstan: Deepening Practical Cooperation for Win-win Outcomes and Pushing Belt and Road Local Cooperation to a New Level','Shandong provincial site''s account of Lin Wu''s visit to Kyrgyzstan of 7–8 September 2023, posted on 23 November 2023.','Headline as given. The page names no publisher: it is posted by ''admin'' on 2023-11-23 16:02:53 with an empty ''source:'' field and a footer ''Powered by MetInfo 7.2.0 ©2008-2024''. It is recorded as an English article of a Shandong provincial website, which the text itself does not name. Reliability B (usually reliable): a first-hand official account of the delegation''s own visit, authoritative on who met whom and what was signed, but self-presenting and vague on dates and places. No URL is in the text.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(106,'source/trend-2026-03-02-baisalov-lin-wu-jinan','source',739677,739677,'Kyrgyzstan and China discuss new production capacities for SMEs (Baisalov–Lin Wu talks in Jinan)','Trend report, datelined Dushanbe, 2 March 2026, on the talks between Edil Baisalov and Lin Wu in Jinan on 1 March 2026.','The text has no headline: the title is descriptive. Publisher: ''Trend reports via the press service of the Kyrgyz Cabinet of Ministers''. Reliability B (usually reliable): an established news agency relaying an official government readout; translation slips (''Secretary of the Party Secretary'', ''Baysalov'' beside ''Baisalov'') affect wording, not facts. No URL is in the text.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
INSERT INTO record VALUES(107,'figure/china-kyrgyzstan-trade-2024','figure',738886,739251,'China–Kyrgyzstan trade in 2024','Bilateral trade reached 22.71 billion US dollars in 2024, a record, up 14.7 percent year on year.','''Last year'' in the article of 2025-02-06 is resolved to 2024. The figure is China''s Foreign Ministry''s, as reported by China Daily; the article adds that China has for many years been Kyrgyzstan''s largest trading partner and a major source of investment.',NULL,'2026-11-23T00:00:00Z','2026-11-23T00:00:00Z');
CREATE TABLE record_tags (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
INSERT INTO record_tags VALUES('meeting/2023-05-sadyr-japarov-state-visit-china',0,'state-visit');
INSERT INTO record_tags VALUES('meeting/2023-05-sadyr-japarov-state-visit-china',1,'comprehensive-strategic-partnership');
INSERT INTO record_tags VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',0,'subnational');
INSERT INTO record_tags VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',1,'shandong');
INSERT INTO record_tags VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',2,'belt-and-road');
INSERT INTO record_tags VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',3,'sister-cities');
INSERT INTO record_tags VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',4,'sco');
INSERT INTO record_tags VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',0,'subnational');
INSERT INTO record_tags VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',1,'shandong');
INSERT INTO record_tags VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',2,'industry');
INSERT INTO record_tags VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',3,'health');
INSERT INTO record_tags VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',0,'subnational');
INSERT INTO record_tags VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',1,'shandong');
INSERT INTO record_tags VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',2,'trade');
INSERT INTO record_tags VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',3,'investment');
INSERT INTO record_tags VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',4,'belt-and-road');
INSERT INTO record_tags VALUES('meeting/2023-09-friendly-shandong-silk-road-performance',0,'subnational');
INSERT INTO record_tags VALUES('meeting/2023-09-friendly-shandong-silk-road-performance',1,'shandong');
INSERT INTO record_tags VALUES('meeting/2023-09-friendly-shandong-silk-road-performance',2,'culture');
INSERT INTO record_tags VALUES('meeting/2023-09-friendly-shandong-silk-road-performance',3,'china-central-asia');
INSERT INTO record_tags VALUES('meeting/2023-09-lin-wu-akylbek-japarov',0,'subnational');
INSERT INTO record_tags VALUES('meeting/2023-09-lin-wu-akylbek-japarov',1,'shandong');
INSERT INTO record_tags VALUES('meeting/2023-09-lin-wu-akylbek-japarov',2,'belt-and-road');
INSERT INTO record_tags VALUES('meeting/2023-09-lin-wu-edil-baisalov',0,'subnational');
INSERT INTO record_tags VALUES('meeting/2023-09-lin-wu-edil-baisalov',1,'shandong');
INSERT INTO record_tags VALUES('meeting/2023-09-lin-wu-edil-baisalov',2,'belt-and-road');
INSERT INTO record_tags VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',0,'subnational');
INSERT INTO record_tags VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',1,'shandong');
INSERT INTO record_tags VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',2,'sister-cities');
INSERT INTO record_tags VALUES('meeting/2023-09-lin-wu-sadyr-japarov',0,'subnational');
INSERT INTO record_tags VALUES('meeting/2023-09-lin-wu-sadyr-japarov',1,'shandong');
INSERT INTO record_tags VALUES('meeting/2023-09-lin-wu-sadyr-japarov',2,'belt-and-road');
INSERT INTO record_tags VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque',0,'culture');
INSERT INTO record_tags VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque',1,'belt-and-road');
INSERT INTO record_tags VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',0,'belt-and-road');
INSERT INTO record_tags VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',1,'railway');
INSERT INTO record_tags VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',2,'connectivity');
INSERT INTO record_tags VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',3,'trade');
INSERT INTO record_tags VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',4,'core-interests');
INSERT INTO record_tags VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',5,'security');
INSERT INTO record_tags VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',6,'china-central-asia');
INSERT INTO record_tags VALUES('meeting/2023-10-25-li-qiang-mikhail-mishustin',0,'sco');
INSERT INTO record_tags VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',0,'belt-and-road');
INSERT INTO record_tags VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',1,'railway');
INSERT INTO record_tags VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',2,'connectivity');
INSERT INTO record_tags VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',0,'belt-and-road');
INSERT INTO record_tags VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',1,'railway');
INSERT INTO record_tags VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',2,'connectivity');
INSERT INTO record_tags VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',3,'comprehensive-strategic-partnership');
INSERT INTO record_tags VALUES('meeting/2023-10-sco-heads-of-government-council-bishkek',0,'sco');
INSERT INTO record_tags VALUES('meeting/2023-10-sco-heads-of-government-council-bishkek',1,'multilateral');
INSERT INTO record_tags VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china',0,'state-visit');
INSERT INTO record_tags VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china',1,'belt-and-road');
INSERT INTO record_tags VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china',2,'railway');
INSERT INTO record_tags VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china',3,'comprehensive-strategic-partnership');
INSERT INTO record_tags VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',0,'state-visit');
INSERT INTO record_tags VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',1,'belt-and-road');
INSERT INTO record_tags VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',2,'railway');
INSERT INTO record_tags VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',3,'trade');
INSERT INTO record_tags VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',4,'investment');
INSERT INTO record_tags VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',5,'connectivity');
INSERT INTO record_tags VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',6,'china-central-asia');
INSERT INTO record_tags VALUES('meeting/2025-02-07-asian-winter-games-harbin',0,'sport');
INSERT INTO record_tags VALUES('meeting/2025-09-sadyr-japarov-cai-qi',0,'comprehensive-strategic-partnership');
INSERT INTO record_tags VALUES('meeting/2025-09-sadyr-japarov-cai-qi',1,'trade');
INSERT INTO record_tags VALUES('meeting/2025-09-sadyr-japarov-cai-qi',2,'investment');
INSERT INTO record_tags VALUES('meeting/2025-09-sadyr-japarov-working-visit-china',0,'comprehensive-strategic-partnership');
INSERT INTO record_tags VALUES('meeting/2025-09-war-victory-80th-anniversary-celebrations',0,'history');
INSERT INTO record_tags VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',0,'subnational');
INSERT INTO record_tags VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',1,'shandong');
INSERT INTO record_tags VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',2,'industry');
INSERT INTO record_tags VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',3,'sme');
INSERT INTO record_tags VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',4,'investment');
INSERT INTO record_tags VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',5,'comprehensive-strategic-partnership');
INSERT INTO record_tags VALUES('meeting/2026-03-edil-baisalov-visit-shandong',0,'subnational');
INSERT INTO record_tags VALUES('meeting/2026-03-edil-baisalov-visit-shandong',1,'shandong');
INSERT INTO record_tags VALUES('meeting/2026-03-edil-baisalov-visit-shandong',2,'industry');
INSERT INTO record_tags VALUES('meeting/2026-03-edil-baisalov-visit-shandong',3,'sme');
INSERT INTO record_tags VALUES('meeting/2026-03-kyrgyz-delegation-shandong-machinery-enterprises',0,'subnational');
INSERT INTO record_tags VALUES('meeting/2026-03-kyrgyz-delegation-shandong-machinery-enterprises',1,'shandong');
INSERT INTO record_tags VALUES('meeting/2026-03-kyrgyz-delegation-shandong-machinery-enterprises',2,'industry');
INSERT INTO record_tags VALUES('agreement/2023-05-comprehensive-strategic-partnership-new-era',0,'comprehensive-strategic-partnership');
INSERT INTO record_tags VALUES('agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements',0,'subnational');
INSERT INTO record_tags VALUES('agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements',1,'shandong');
INSERT INTO record_tags VALUES('agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements',2,'trade');
INSERT INTO record_tags VALUES('agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements',3,'investment');
INSERT INTO record_tags VALUES('agreement/2023-09-donge-novopokrovka-friendly-cities',0,'subnational');
INSERT INTO record_tags VALUES('agreement/2023-09-donge-novopokrovka-friendly-cities',1,'shandong');
INSERT INTO record_tags VALUES('agreement/2023-09-donge-novopokrovka-friendly-cities',2,'sister-cities');
INSERT INTO record_tags VALUES('agreement/2023-09-liaocheng-issyk-ata-friendly-cities',0,'subnational');
INSERT INTO record_tags VALUES('agreement/2023-09-liaocheng-issyk-ata-friendly-cities',1,'shandong');
INSERT INTO record_tags VALUES('agreement/2023-09-liaocheng-issyk-ata-friendly-cities',2,'sister-cities');
INSERT INTO record_tags VALUES('agreement/2023-09-shandong-chuy-friendly-provinces',0,'subnational');
INSERT INTO record_tags VALUES('agreement/2023-09-shandong-chuy-friendly-provinces',1,'shandong');
INSERT INTO record_tags VALUES('agreement/2023-09-shandong-chuy-friendly-provinces',2,'sister-cities');
INSERT INTO record_tags VALUES('agreement/2023-09-shenxian-kant-friendly-cities',0,'subnational');
INSERT INTO record_tags VALUES('agreement/2023-09-shenxian-kant-friendly-cities',1,'shandong');
INSERT INTO record_tags VALUES('agreement/2023-09-shenxian-kant-friendly-cities',2,'sister-cities');
INSERT INTO record_tags VALUES('agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents',0,'digital-economy');
INSERT INTO record_tags VALUES('agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents',1,'subnational');
INSERT INTO record_tags VALUES('agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents',2,'connectivity');
INSERT INTO record_tags VALUES('agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents',3,'belt-and-road');
INSERT INTO record_tags VALUES('agreement/2025-02-05-china-kyrgyzstan-cooperation-documents',0,'state-visit');
INSERT INTO record_tags VALUES('agreement/2025-02-05-china-kyrgyzstan-cooperation-documents',1,'trade');
INSERT INTO record_tags VALUES('agreement/2025-02-05-china-kyrgyzstan-cooperation-documents',2,'agriculture');
INSERT INTO record_tags VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement',0,'state-visit');
INSERT INTO record_tags VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement',1,'comprehensive-strategic-partnership');
INSERT INTO record_tags VALUES('agreement/china-kyrgyzstan-mid-long-term-economic-trade-plan',0,'trade');
INSERT INTO record_tags VALUES('project/china-cultural-center-bishkek',0,'culture');
INSERT INTO record_tags VALUES('project/china-cultural-center-bishkek',1,'belt-and-road');
INSERT INTO record_tags VALUES('project/china-kyrgyzstan-uzbekistan-railway',0,'railway');
INSERT INTO record_tags VALUES('project/china-kyrgyzstan-uzbekistan-railway',1,'belt-and-road');
INSERT INTO record_tags VALUES('project/china-kyrgyzstan-uzbekistan-railway',2,'connectivity');
INSERT INTO record_tags VALUES('project/china-kyrgyzstan-uzbekistan-railway',3,'transport');
INSERT INTO record_tags VALUES('project/kyrgyzstan-sme-production-capacities',0,'industry');
INSERT INTO record_tags VALUES('project/kyrgyzstan-sme-production-capacities',1,'sme');
INSERT INTO record_tags VALUES('project/kyrgyzstan-sme-production-capacities',2,'shandong');
INSERT INTO record_tags VALUES('project/kyrgyzstan-sme-production-capacities',3,'subnational');
INSERT INTO record_tags VALUES('project/scoda',0,'sco');
INSERT INTO record_tags VALUES('project/scoda',1,'shandong');
INSERT INTO record_tags VALUES('project/scoda',2,'trade');
INSERT INTO record_tags VALUES('project/scoda',3,'subnational');
INSERT INTO record_tags VALUES('project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan',0,'shandong');
INSERT INTO record_tags VALUES('project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan',1,'industry');
INSERT INTO record_tags VALUES('project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan',2,'subnational');
INSERT INTO record_tags VALUES('project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan',0,'shandong');
INSERT INTO record_tags VALUES('project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan',1,'health');
INSERT INTO record_tags VALUES('project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan',2,'subnational');
INSERT INTO record_tags VALUES('person/akylbek-japarov',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('person/cai-qi',0,'china');
INSERT INTO record_tags VALUES('person/du-dewen',0,'china');
INSERT INTO record_tags VALUES('person/du-dewen',1,'diplomacy');
INSERT INTO record_tags VALUES('person/edil-baisalov',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('person/kanat-jumagaziev',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('person/kanat-jumagaziev',1,'subnational');
INSERT INTO record_tags VALUES('person/li-qiang',0,'china');
INSERT INTO record_tags VALUES('person/lin-wu',0,'china');
INSERT INTO record_tags VALUES('person/lin-wu',1,'shandong');
INSERT INTO record_tags VALUES('person/mikhail-mishustin',0,'russia');
INSERT INTO record_tags VALUES('person/mikhail-mishustin',1,'sco');
INSERT INTO record_tags VALUES('person/sadyr-japarov',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('person/su-chang',0,'china');
INSERT INTO record_tags VALUES('person/su-chang',1,'research');
INSERT INTO record_tags VALUES('person/wang-zhuangfei',0,'media');
INSERT INTO record_tags VALUES('person/xi-jinping',0,'china');
INSERT INTO record_tags VALUES('person/zhang-haibo',0,'china');
INSERT INTO record_tags VALUES('person/zhang-haibo',1,'shandong');
INSERT INTO record_tags VALUES('organization/bishkek-mayors-office',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('organization/bishkek-mayors-office',1,'subnational');
INSERT INTO record_tags VALUES('organization/cass',0,'china');
INSERT INTO record_tags VALUES('organization/cass',1,'research');
INSERT INTO record_tags VALUES('organization/cass-institute-russian-eastern-european-central-asian-studies',0,'china');
INSERT INTO record_tags VALUES('organization/cass-institute-russian-eastern-european-central-asian-studies',1,'research');
INSERT INTO record_tags VALUES('organization/china-daily',0,'media');
INSERT INTO record_tags VALUES('organization/china-daily',1,'china');
INSERT INTO record_tags VALUES('organization/china-foreign-ministry',0,'china');
INSERT INTO record_tags VALUES('organization/china-foreign-ministry',1,'diplomacy');
INSERT INTO record_tags VALUES('organization/communist-party-of-china',0,'china');
INSERT INTO record_tags VALUES('organization/cpc-central-committee',0,'china');
INSERT INTO record_tags VALUES('organization/cpc-political-bureau',0,'china');
INSERT INTO record_tags VALUES('organization/cpc-political-bureau-standing-committee',0,'china');
INSERT INTO record_tags VALUES('organization/cpc-shandong-provincial-committee',0,'china');
INSERT INTO record_tags VALUES('organization/cpc-shandong-provincial-committee',1,'shandong');
INSERT INTO record_tags VALUES('organization/cpc-shandong-provincial-committee',2,'subnational');
INSERT INTO record_tags VALUES('organization/cpc-shandong-provincial-standing-committee',0,'china');
INSERT INTO record_tags VALUES('organization/cpc-shandong-provincial-standing-committee',1,'shandong');
INSERT INTO record_tags VALUES('organization/cpc-shandong-provincial-standing-committee',2,'subnational');
INSERT INTO record_tags VALUES('organization/kyrgyz-cabinet-of-ministers',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('organization/kyrgyz-cabinet-press-service',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('organization/kyrgyz-cabinet-press-service',1,'media');
INSERT INTO record_tags VALUES('organization/kyrgyz-ministry-of-agriculture',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('organization/kyrgyz-ministry-of-culture-information-sports-youth-policy',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('organization/kyrgyz-ministry-of-culture-information-sports-youth-policy',1,'culture');
INSERT INTO record_tags VALUES('organization/kyrgyz-ministry-of-economy-and-commerce',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('organization/kyrgyz-ministry-of-energy',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('organization/kyrgyz-ministry-of-natural-resources',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('organization/kyrgyz-president-press-service',0,'kyrgyzstan');
INSERT INTO record_tags VALUES('organization/kyrgyz-president-press-service',1,'media');
INSERT INTO record_tags VALUES('organization/sco',0,'sco');
INSERT INTO record_tags VALUES('organization/sco',1,'multilateral');
INSERT INTO record_tags VALUES('organization/shandong-heavy-industry',0,'shandong');
INSERT INTO record_tags VALUES('organization/shandong-heavy-industry',1,'industry');
INSERT INTO record_tags VALUES('organization/trend-news-agency',0,'media');
INSERT INTO record_tags VALUES('organization/zhongtong-bus',0,'shandong');
INSERT INTO record_tags VALUES('organization/zhongtong-bus',1,'industry');
INSERT INTO record_tags VALUES('organization/zhongtong-bus',2,'health');
INSERT INTO record_tags VALUES('place/andijan',0,'railway');
INSERT INTO record_tags VALUES('place/chuy-region',0,'sister-cities');
INSERT INTO record_tags VALUES('place/donge-county',0,'shandong');
INSERT INTO record_tags VALUES('place/donge-county',1,'sister-cities');
INSERT INTO record_tags VALUES('place/issyk-ata-district',0,'sister-cities');
INSERT INTO record_tags VALUES('place/jalal-abad',0,'railway');
INSERT INTO record_tags VALUES('place/jinan',0,'shandong');
INSERT INTO record_tags VALUES('place/kant',0,'sister-cities');
INSERT INTO record_tags VALUES('place/kashgar',0,'railway');
INSERT INTO record_tags VALUES('place/liaocheng',0,'shandong');
INSERT INTO record_tags VALUES('place/liaocheng',1,'sister-cities');
INSERT INTO record_tags VALUES('place/makmal',0,'railway');
INSERT INTO record_tags VALUES('place/novopokrovka',0,'sister-cities');
INSERT INTO record_tags VALUES('place/shandong',0,'shandong');
INSERT INTO record_tags VALUES('place/shandong',1,'sister-cities');
INSERT INTO record_tags VALUES('place/shenxian-county',0,'shandong');
INSERT INTO record_tags VALUES('place/shenxian-county',1,'sister-cities');
INSERT INTO record_tags VALUES('place/torugart-pass',0,'railway');
INSERT INTO record_tags VALUES('figure/china-kyrgyzstan-trade-2024',0,'trade');
CREATE TABLE record_sources (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
INSERT INTO record_sources VALUES('meeting/2023-05-sadyr-japarov-state-visit-china',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-05-sadyr-japarov-state-visit-china',1,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-09-friendly-shandong-silk-road-performance',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-09-lin-wu-akylbek-japarov',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-09-lin-wu-edil-baisalov',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-09-lin-wu-sadyr-japarov',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-10-25-li-qiang-mikhail-mishustin',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2023-10-sco-heads-of-government-council-bishkek',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('meeting/2025-02-07-asian-winter-games-harbin',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('meeting/2025-09-sadyr-japarov-cai-qi',0,'source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO record_sources VALUES('meeting/2025-09-sadyr-japarov-working-visit-china',0,'source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO record_sources VALUES('meeting/2025-09-war-victory-80th-anniversary-celebrations',0,'source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO record_sources VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('meeting/2026-03-edil-baisalov-visit-shandong',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('meeting/2026-03-kyrgyz-delegation-shandong-machinery-enterprises',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('agreement/2023-05-comprehensive-strategic-partnership-new-era',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('agreement/2023-05-comprehensive-strategic-partnership-new-era',1,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('agreement/2023-09-donge-novopokrovka-friendly-cities',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('agreement/2023-09-liaocheng-issyk-ata-friendly-cities',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('agreement/2023-09-shandong-chuy-friendly-provinces',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('agreement/2023-09-shenxian-kant-friendly-cities',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('agreement/2025-02-05-china-kyrgyzstan-cooperation-documents',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('agreement/china-kyrgyzstan-mid-long-term-economic-trade-plan',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('project/china-cultural-center-bishkek',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('project/china-cultural-center-bishkek',1,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('project/china-kyrgyzstan-uzbekistan-railway',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('project/china-kyrgyzstan-uzbekistan-railway',1,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('project/kyrgyzstan-sme-production-capacities',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('project/scoda',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('person/akylbek-japarov',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('person/akylbek-japarov',1,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('person/cai-qi',0,'source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO record_sources VALUES('person/du-dewen',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('person/edil-baisalov',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('person/edil-baisalov',1,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('person/kanat-jumagaziev',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('person/li-qiang',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('person/lin-wu',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('person/lin-wu',1,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('person/mikhail-mishustin',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('person/sadyr-japarov',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('person/sadyr-japarov',1,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('person/sadyr-japarov',2,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('person/sadyr-japarov',3,'source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO record_sources VALUES('person/sadyr-japarov',4,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('person/su-chang',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('person/wang-zhuangfei',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('person/xi-jinping',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('person/zhang-haibo',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/bishkek-mayors-office',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/cass',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('organization/cass-institute-russian-eastern-european-central-asian-studies',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('organization/china-daily',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('organization/china-foreign-ministry',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('organization/communist-party-of-china',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/communist-party-of-china',1,'source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO record_sources VALUES('organization/cpc-central-committee',0,'source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO record_sources VALUES('organization/cpc-political-bureau',0,'source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO record_sources VALUES('organization/cpc-political-bureau-standing-committee',0,'source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO record_sources VALUES('organization/cpc-shandong-provincial-committee',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('organization/cpc-shandong-provincial-committee',1,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/cpc-shandong-provincial-standing-committee',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/kyrgyz-cabinet-of-ministers',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('organization/kyrgyz-cabinet-of-ministers',1,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/kyrgyz-cabinet-of-ministers',2,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/kyrgyz-cabinet-press-service',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('organization/kyrgyz-ministry-of-agriculture',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/kyrgyz-ministry-of-culture-information-sports-youth-policy',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/kyrgyz-ministry-of-economy-and-commerce',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/kyrgyz-ministry-of-energy',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/kyrgyz-ministry-of-natural-resources',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/kyrgyz-president-press-service',0,'source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO record_sources VALUES('organization/sco',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/sco',1,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/shandong-heavy-industry',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('organization/trend-news-agency',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('organization/zhongtong-bus',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('place/andijan',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('place/andijan',1,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('place/beijing',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('place/beijing',1,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('place/bishkek',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('place/bishkek',1,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('place/china',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('place/china',1,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('place/china',2,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('place/china',3,'source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO record_sources VALUES('place/china',4,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('place/chuy-region',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('place/donge-county',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('place/dushanbe',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('place/harbin',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('place/heilongjiang',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('place/issyk-ata-district',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('place/jalal-abad',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('place/jalal-abad',1,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('place/jinan',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('place/kant',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('place/kashgar',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('place/kashgar',1,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('place/kyrgyzstan',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('place/kyrgyzstan',1,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('place/kyrgyzstan',2,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('place/kyrgyzstan',3,'source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO record_sources VALUES('place/kyrgyzstan',4,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('place/liaocheng',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('place/makmal',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('place/makmal',1,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('place/novopokrovka',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('place/russia',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('place/shandong',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('place/shandong',1,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('place/shenxian-county',0,'source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO record_sources VALUES('place/tajikistan',0,'source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO record_sources VALUES('place/torugart-pass',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('place/torugart-pass',1,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('place/uzbekistan',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('place/uzbekistan',1,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO record_sources VALUES('place/xinjiang',0,'source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO record_sources VALUES('figure/china-kyrgyzstan-trade-2024',0,'source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
CREATE TABLE meeting (
  record_id TEXT PRIMARY KEY NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  "date" TEXT,
  "date_first" INTEGER,
  "date_last" INTEGER,
  "end_date" TEXT,
  "end_date_first" INTEGER,
  "end_date_last" INTEGER,
  "place" TEXT,
  "part_of" TEXT,
  "level" TEXT,
  "format" TEXT
);
INSERT INTO meeting VALUES('meeting/2023-05-sadyr-japarov-state-visit-china','2023-05',738641,738671,NULL,NULL,NULL,'place/china',NULL,'head_of_state','state_visit');
INSERT INTO meeting VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','2023-09-07',738770,738770,'2023-09-08',738771,738771,'place/kyrgyzstan',NULL,'regional','delegation_visit');
INSERT INTO meeting VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','2023-09-08~',738771,738771,NULL,NULL,NULL,'place/kyrgyzstan','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','head_of_government','ceremony');
INSERT INTO meeting VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange','2023-09-08',738771,738771,NULL,NULL,NULL,'place/kyrgyzstan','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','head_of_government','forum');
INSERT INTO meeting VALUES('meeting/2023-09-friendly-shandong-silk-road-performance','2023-09',738764,738793,NULL,NULL,NULL,'place/kyrgyzstan','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','minister','cultural_event');
INSERT INTO meeting VALUES('meeting/2023-09-lin-wu-akylbek-japarov','2023-09',738764,738793,NULL,NULL,NULL,'place/kyrgyzstan','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','head_of_government','meeting');
INSERT INTO meeting VALUES('meeting/2023-09-lin-wu-edil-baisalov','2023-09',738764,738793,NULL,NULL,NULL,'place/kyrgyzstan','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','minister','meeting');
INSERT INTO meeting VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev','2023-09',738764,738793,NULL,NULL,NULL,'place/kyrgyzstan','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','regional','meeting');
INSERT INTO meeting VALUES('meeting/2023-09-lin-wu-sadyr-japarov','2023-09',738764,738793,NULL,NULL,NULL,'place/kyrgyzstan','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','head_of_state','meeting');
INSERT INTO meeting VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque','2023-10-25',738818,738818,NULL,NULL,NULL,'place/bishkek','meeting/2023-10-li-qiang-official-visit-kyrgyzstan','head_of_government','ceremony');
INSERT INTO meeting VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov','2023-10-25',738818,738818,NULL,NULL,NULL,'place/kyrgyzstan','meeting/2023-10-li-qiang-official-visit-kyrgyzstan','head_of_government','talks');
INSERT INTO meeting VALUES('meeting/2023-10-25-li-qiang-mikhail-mishustin','2023-10-25',738818,738818,NULL,NULL,NULL,'place/bishkek','meeting/2023-10-li-qiang-official-visit-kyrgyzstan','head_of_government','meeting');
INSERT INTO meeting VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov','2023-10-25',738818,738818,NULL,NULL,NULL,'place/kyrgyzstan','meeting/2023-10-li-qiang-official-visit-kyrgyzstan','head_of_state','meeting');
INSERT INTO meeting VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan','..2023-10-25',1,738818,NULL,NULL,NULL,'place/kyrgyzstan',NULL,'head_of_government','official_visit');
INSERT INTO meeting VALUES('meeting/2023-10-sco-heads-of-government-council-bishkek','2023-10-26..',738819,3652059,NULL,NULL,NULL,'place/bishkek',NULL,'head_of_government','multilateral_summit');
INSERT INTO meeting VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china','2025-02-04',739286,739286,'2025-02-07',739289,739289,'place/china',NULL,'head_of_state','state_visit');
INSERT INTO meeting VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov','2025-02-05',739287,739287,NULL,NULL,NULL,'place/beijing','meeting/2025-02-04-sadyr-japarov-state-visit-china','head_of_state','meeting');
INSERT INTO meeting VALUES('meeting/2025-02-07-asian-winter-games-harbin','2025-02-07',739289,739289,'2025-02-14',739296,739296,'place/harbin',NULL,'other',NULL);
INSERT INTO meeting VALUES('meeting/2025-09-sadyr-japarov-cai-qi','..2025-09-03',1,739497,NULL,NULL,NULL,'place/china','meeting/2025-09-sadyr-japarov-working-visit-china','head_of_state','meeting');
INSERT INTO meeting VALUES('meeting/2025-09-sadyr-japarov-working-visit-china','..2025-09-03',1,739497,NULL,NULL,NULL,'place/china',NULL,'head_of_state','working_visit');
INSERT INTO meeting VALUES('meeting/2025-09-war-victory-80th-anniversary-celebrations','2025-09~',739495,739524,NULL,NULL,NULL,'place/china','meeting/2025-09-sadyr-japarov-working-visit-china','head_of_state','ceremony');
INSERT INTO meeting VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan','2026-03-01',739676,739676,NULL,NULL,NULL,'place/jinan','meeting/2026-03-edil-baisalov-visit-shandong','minister','talks');
INSERT INTO meeting VALUES('meeting/2026-03-edil-baisalov-visit-shandong','..2026-03-01',1,739676,NULL,NULL,NULL,'place/shandong',NULL,'minister','delegation_visit');
INSERT INTO meeting VALUES('meeting/2026-03-kyrgyz-delegation-shandong-machinery-enterprises','..2026-03-02',1,739677,NULL,NULL,NULL,'place/shandong','meeting/2026-03-edil-baisalov-visit-shandong',NULL,'delegation_visit');
CREATE TABLE meeting_participants (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "person" TEXT,
  "role" TEXT,
  "side" TEXT,
  PRIMARY KEY (record_id, position)
);
INSERT INTO meeting_participants VALUES('meeting/2023-05-sadyr-japarov-state-visit-china',0,'person/sadyr-japarov','President of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-05-sadyr-japarov-state-visit-china',1,'person/xi-jinping','President of China','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',0,'person/lin-wu','Secretary of the CPC Shandong Provincial Committee','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',1,'person/zhang-haibo','Member and Secretary-General of the Standing Committee of the CPC Shandong Provincial Committee','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',2,'person/du-dewen','Chinese Ambassador to Kyrgyzstan','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',3,'person/sadyr-japarov','President of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',4,'person/akylbek-japarov','Prime Minister of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',5,'person/edil-baisalov','Deputy Prime Minister of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',6,'person/kanat-jumagaziev','Governor of Chuiskaya Oblast','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',0,'person/lin-wu','Secretary of the CPC Shandong Provincial Committee','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',1,'person/akylbek-japarov','Prime Minister of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',0,'person/lin-wu','Secretary of the CPC Shandong Provincial Committee','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',1,'person/akylbek-japarov','Prime Minister of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-09-friendly-shandong-silk-road-performance',0,'person/lin-wu','Secretary of the CPC Shandong Provincial Committee','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-09-friendly-shandong-silk-road-performance',1,'person/edil-baisalov','Deputy Prime Minister of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-09-lin-wu-akylbek-japarov',0,'person/lin-wu','Secretary of the CPC Shandong Provincial Committee','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-09-lin-wu-akylbek-japarov',1,'person/akylbek-japarov','Prime Minister of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-09-lin-wu-edil-baisalov',0,'person/lin-wu','Secretary of the CPC Shandong Provincial Committee','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-09-lin-wu-edil-baisalov',1,'person/edil-baisalov','Deputy Prime Minister of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',0,'person/lin-wu','Secretary of the CPC Shandong Provincial Committee','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',1,'person/kanat-jumagaziev','Governor of Chuiskaya Oblast','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-09-lin-wu-sadyr-japarov',0,'person/lin-wu','Secretary of the CPC Shandong Provincial Committee','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-09-lin-wu-sadyr-japarov',1,'person/sadyr-japarov','President of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque',0,'person/li-qiang','Premier of China','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque',1,'person/akylbek-japarov','Prime Minister of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',0,'person/li-qiang','Premier of China','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',1,'person/akylbek-japarov','Prime Minister of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-10-25-li-qiang-mikhail-mishustin',0,'person/li-qiang','Premier of China','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-10-25-li-qiang-mikhail-mishustin',1,'person/mikhail-mishustin','Prime Minister of Russia','RU');
INSERT INTO meeting_participants VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',0,'person/li-qiang','Premier of China','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',1,'person/sadyr-japarov','President of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',0,'person/li-qiang','Premier of China','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',1,'person/akylbek-japarov','Prime Minister of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',2,'person/sadyr-japarov','President of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2023-10-sco-heads-of-government-council-bishkek',0,'person/li-qiang','Premier of China','CN');
INSERT INTO meeting_participants VALUES('meeting/2023-10-sco-heads-of-government-council-bishkek',1,'person/mikhail-mishustin','Prime Minister of Russia','RU');
INSERT INTO meeting_participants VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china',0,'person/sadyr-japarov','President of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china',1,'person/xi-jinping','President of China','CN');
INSERT INTO meeting_participants VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',0,'person/xi-jinping','President of China','CN');
INSERT INTO meeting_participants VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',1,'person/sadyr-japarov','President of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2025-09-sadyr-japarov-cai-qi',0,'person/sadyr-japarov','President of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2025-09-sadyr-japarov-cai-qi',1,'person/cai-qi','Member of the Standing Committee of the Political Bureau of the CPC Central Committee','CN');
INSERT INTO meeting_participants VALUES('meeting/2025-09-sadyr-japarov-working-visit-china',0,'person/sadyr-japarov','President of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2025-09-war-victory-80th-anniversary-celebrations',0,'person/sadyr-japarov','President of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',0,'person/edil-baisalov','Deputy Chairman of the Cabinet of Ministers of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',1,'person/lin-wu','Secretary of the CPC Shandong Provincial Committee','CN');
INSERT INTO meeting_participants VALUES('meeting/2026-03-edil-baisalov-visit-shandong',0,'person/edil-baisalov','Deputy Chairman of the Cabinet of Ministers of Kyrgyzstan','KG');
INSERT INTO meeting_participants VALUES('meeting/2026-03-edil-baisalov-visit-shandong',1,'person/lin-wu','Secretary of the CPC Shandong Provincial Committee','CN');
CREATE TABLE meeting_organizations (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
INSERT INTO meeting_organizations VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',0,'organization/cpc-shandong-provincial-committee');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',1,'organization/cpc-shandong-provincial-standing-committee');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',2,'organization/kyrgyz-cabinet-of-ministers');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',3,'organization/kyrgyz-ministry-of-economy-and-commerce');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',4,'organization/kyrgyz-ministry-of-agriculture');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',5,'organization/kyrgyz-ministry-of-energy');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',6,'organization/kyrgyz-ministry-of-natural-resources');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',7,'organization/kyrgyz-ministry-of-culture-information-sports-youth-policy');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',8,'organization/bishkek-mayors-office');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',0,'organization/cpc-shandong-provincial-committee');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',1,'organization/kyrgyz-cabinet-of-ministers');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',2,'organization/shandong-heavy-industry');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',3,'organization/zhongtong-bus');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',0,'organization/cpc-shandong-provincial-committee');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',1,'organization/kyrgyz-cabinet-of-ministers');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-friendly-shandong-silk-road-performance',0,'organization/cpc-shandong-provincial-committee');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-lin-wu-akylbek-japarov',0,'organization/cpc-shandong-provincial-committee');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-lin-wu-akylbek-japarov',1,'organization/kyrgyz-cabinet-of-ministers');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-lin-wu-edil-baisalov',0,'organization/cpc-shandong-provincial-committee');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-lin-wu-edil-baisalov',1,'organization/kyrgyz-cabinet-of-ministers');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',0,'organization/cpc-shandong-provincial-committee');
INSERT INTO meeting_organizations VALUES('meeting/2023-09-lin-wu-sadyr-japarov',0,'organization/cpc-shandong-provincial-committee');
INSERT INTO meeting_organizations VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',0,'organization/kyrgyz-cabinet-of-ministers');
INSERT INTO meeting_organizations VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',0,'organization/kyrgyz-cabinet-of-ministers');
INSERT INTO meeting_organizations VALUES('meeting/2023-10-sco-heads-of-government-council-bishkek',0,'organization/sco');
INSERT INTO meeting_organizations VALUES('meeting/2025-09-sadyr-japarov-cai-qi',0,'organization/cpc-political-bureau-standing-committee');
INSERT INTO meeting_organizations VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',0,'organization/kyrgyz-cabinet-of-ministers');
INSERT INTO meeting_organizations VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',1,'organization/cpc-shandong-provincial-committee');
INSERT INTO meeting_organizations VALUES('meeting/2026-03-edil-baisalov-visit-shandong',0,'organization/kyrgyz-cabinet-of-ministers');
INSERT INTO meeting_organizations VALUES('meeting/2026-03-edil-baisalov-visit-shandong',1,'organization/cpc-shandong-provincial-committee');
INSERT INTO meeting_organizations VALUES('meeting/2026-03-kyrgyz-delegation-shandong-machinery-enterprises',0,'organization/kyrgyz-cabinet-of-ministers');
CREATE TABLE meeting_topics (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
INSERT INTO meeting_topics VALUES('meeting/2023-05-sadyr-japarov-state-visit-china',0,'comprehensive strategic partnership in the new era');
INSERT INTO meeting_topics VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',0,'local government exchanges');
INSERT INTO meeting_topics VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',1,'sister-city relations');
INSERT INTO meeting_topics VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',2,'SCO framework');
INSERT INTO meeting_topics VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',3,'SCODA');
INSERT INTO meeting_topics VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',4,'agricultural product processing');
INSERT INTO meeting_topics VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',5,'textiles');
INSERT INTO meeting_topics VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',6,'machinery and equipment');
INSERT INTO meeting_topics VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',7,'resource development');
INSERT INTO meeting_topics VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',8,'culture and tourism');
INSERT INTO meeting_topics VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',9,'people-to-people exchanges');
INSERT INTO meeting_topics VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',0,'industrial development');
INSERT INTO meeting_topics VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',1,'infrastructure construction');
INSERT INTO meeting_topics VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',2,'market cultivation');
INSERT INTO meeting_topics VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',3,'infrastructure connectivity');
INSERT INTO meeting_topics VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',4,'personnel and technology exchanges');
INSERT INTO meeting_topics VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',5,'Belt and Road');
INSERT INTO meeting_topics VALUES('meeting/2023-09-friendly-shandong-silk-road-performance',0,'China–Central Asia People''s Year of Culture and Art');
INSERT INTO meeting_topics VALUES('meeting/2023-09-friendly-shandong-silk-road-performance',1,'people-to-people exchanges');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-akylbek-japarov',0,'sister-city relations');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-akylbek-japarov',1,'SCO framework');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-akylbek-japarov',2,'SCODA');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-akylbek-japarov',3,'industrial complementarity');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-akylbek-japarov',4,'culture and tourism');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-edil-baisalov',0,'sister-city relations');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-edil-baisalov',1,'SCO framework');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-edil-baisalov',2,'SCODA');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-edil-baisalov',3,'industrial complementarity');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-edil-baisalov',4,'culture and tourism');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',0,'friendly province relations');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',1,'agriculture');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',2,'mineral development');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',3,'logistics');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',4,'inter-governmental exchanges');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',5,'people-to-people exchanges');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',6,'economy and trade');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',7,'industry');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',8,'culture');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-sadyr-japarov',0,'sister-city relations');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-sadyr-japarov',1,'SCO framework');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-sadyr-japarov',2,'SCODA');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-sadyr-japarov',3,'industrial complementarity');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-sadyr-japarov',4,'culture and tourism');
INSERT INTO meeting_topics VALUES('meeting/2023-09-lin-wu-sadyr-japarov',5,'comprehensive strategic partnership in the new era');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',0,'high-quality Belt and Road cooperation');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',1,'connectivity');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',2,'China–Kyrgyzstan–Uzbekistan railway');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',3,'mid- to long-term economic and trade cooperation plan');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',4,'advanced manufacturing');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',5,'new energy vehicles');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',6,'smart agriculture');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',7,'healthcare');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',8,'education');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',9,'culture');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',10,'tourism');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',11,'multilateral coordination');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',12,'China–Central Asia community with a shared future');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',13,'Shanghai spirit');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',14,'Taiwan question');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',15,'Xinjiang');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',16,'Tibet');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',17,'Hong Kong');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',18,'Global Security Initiative');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',19,'terrorism, separatism and extremism');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',20,'transnational organized crime');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',0,'consensus of the heads of state of May 2023');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',1,'China–Kyrgyzstan community with a shared future');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',2,'industrial complementarity');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',3,'economic and trade cooperation');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',4,'industrial and supply chains');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',5,'China–Kyrgyzstan–Uzbekistan railway');
INSERT INTO meeting_topics VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',6,'multidimensional connectivity network');
INSERT INTO meeting_topics VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',0,'Belt and Road');
INSERT INTO meeting_topics VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',1,'connectivity');
INSERT INTO meeting_topics VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',2,'China–Kyrgyzstan–Uzbekistan railway');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',0,'alignment of development strategies');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',1,'high-quality Belt and Road cooperation');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',2,'political mutual trust');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',3,'China–Kyrgyzstan community with a shared future');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',4,'economic, trade and investment cooperation');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',5,'imports of Kyrgyz goods');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',6,'rights and interests of Chinese investors');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',7,'China–Kyrgyzstan–Uzbekistan railway');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',8,'renovation of border ports');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',9,'passenger and freight flights');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',10,'cross-border e-commerce');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',11,'big data');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',12,'artificial intelligence');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',13,'Chinese cultural centers');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',14,'China–Central Asia mechanism');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',15,'9th Asian Winter Games');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',16,'China''s development experience');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',17,'industry');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',18,'transportation');
INSERT INTO meeting_topics VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',19,'education');
INSERT INTO meeting_topics VALUES('meeting/2025-09-sadyr-japarov-cai-qi',0,'political dialogue');
INSERT INTO meeting_topics VALUES('meeting/2025-09-sadyr-japarov-cai-qi',1,'humanitarian and cultural ties');
INSERT INTO meeting_topics VALUES('meeting/2025-09-sadyr-japarov-cai-qi',2,'trade, economic and investment cooperation');
INSERT INTO meeting_topics VALUES('meeting/2025-09-sadyr-japarov-cai-qi',3,'economic reform in Kyrgyzstan');
INSERT INTO meeting_topics VALUES('meeting/2025-09-sadyr-japarov-cai-qi',4,'financial cooperation');
INSERT INTO meeting_topics VALUES('meeting/2025-09-sadyr-japarov-cai-qi',5,'infrastructure');
INSERT INTO meeting_topics VALUES('meeting/2025-09-sadyr-japarov-cai-qi',6,'national projects of Kyrgyzstan');
INSERT INTO meeting_topics VALUES('meeting/2025-09-sadyr-japarov-cai-qi',7,'comprehensive strategic partnership');
INSERT INTO meeting_topics VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',0,'new production capacities for SMEs');
INSERT INTO meeting_topics VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',1,'comprehensive strategic partnership');
INSERT INTO meeting_topics VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',2,'interregional cooperation');
INSERT INTO meeting_topics VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',3,'new production technologies');
INSERT INTO meeting_topics VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',4,'export-oriented industrial enterprises');
INSERT INTO meeting_topics VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',5,'jobs for young people');
INSERT INTO meeting_topics VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',6,'investment ties');
INSERT INTO meeting_topics VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',7,'industrial supply initiatives');
INSERT INTO meeting_topics VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',8,'humanitarian exchanges');
INSERT INTO meeting_topics VALUES('meeting/2026-03-kyrgyz-delegation-shandong-machinery-enterprises',0,'machinery and engineering');
CREATE TABLE meeting_outcomes (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
INSERT INTO meeting_outcomes VALUES('meeting/2023-05-sadyr-japarov-state-visit-china',0,'agreement/2023-05-comprehensive-strategic-partnership-new-era');
INSERT INTO meeting_outcomes VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',0,'agreement/2023-09-shandong-chuy-friendly-provinces');
INSERT INTO meeting_outcomes VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',1,'agreement/2023-09-liaocheng-issyk-ata-friendly-cities');
INSERT INTO meeting_outcomes VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',2,'agreement/2023-09-shenxian-kant-friendly-cities');
INSERT INTO meeting_outcomes VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',3,'agreement/2023-09-donge-novopokrovka-friendly-cities');
INSERT INTO meeting_outcomes VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',4,'agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements');
INSERT INTO meeting_outcomes VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange',0,'agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements');
INSERT INTO meeting_outcomes VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',0,'agreement/2023-09-shandong-chuy-friendly-provinces');
INSERT INTO meeting_outcomes VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',1,'agreement/2023-09-liaocheng-issyk-ata-friendly-cities');
INSERT INTO meeting_outcomes VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',2,'agreement/2023-09-shenxian-kant-friendly-cities');
INSERT INTO meeting_outcomes VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev',3,'agreement/2023-09-donge-novopokrovka-friendly-cities');
INSERT INTO meeting_outcomes VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',0,'agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents');
INSERT INTO meeting_outcomes VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',0,'agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents');
INSERT INTO meeting_outcomes VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china',0,'agreement/2025-02-05-china-kyrgyzstan-joint-statement');
INSERT INTO meeting_outcomes VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china',1,'agreement/2025-02-05-china-kyrgyzstan-cooperation-documents');
INSERT INTO meeting_outcomes VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',0,'agreement/2025-02-05-china-kyrgyzstan-joint-statement');
INSERT INTO meeting_outcomes VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',1,'agreement/2025-02-05-china-kyrgyzstan-cooperation-documents');
CREATE TABLE meeting_projects (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
INSERT INTO meeting_projects VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',0,'project/scoda');
INSERT INTO meeting_projects VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',1,'project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan');
INSERT INTO meeting_projects VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan',2,'project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan');
INSERT INTO meeting_projects VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',0,'project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan');
INSERT INTO meeting_projects VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony',1,'project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan');
INSERT INTO meeting_projects VALUES('meeting/2023-09-lin-wu-akylbek-japarov',0,'project/scoda');
INSERT INTO meeting_projects VALUES('meeting/2023-09-lin-wu-edil-baisalov',0,'project/scoda');
INSERT INTO meeting_projects VALUES('meeting/2023-09-lin-wu-sadyr-japarov',0,'project/scoda');
INSERT INTO meeting_projects VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque',0,'project/china-cultural-center-bishkek');
INSERT INTO meeting_projects VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov',0,'project/china-kyrgyzstan-uzbekistan-railway');
INSERT INTO meeting_projects VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov',0,'project/china-kyrgyzstan-uzbekistan-railway');
INSERT INTO meeting_projects VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',0,'project/china-kyrgyzstan-uzbekistan-railway');
INSERT INTO meeting_projects VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan',1,'project/china-cultural-center-bishkek');
INSERT INTO meeting_projects VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china',0,'project/china-kyrgyzstan-uzbekistan-railway');
INSERT INTO meeting_projects VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',0,'project/china-kyrgyzstan-uzbekistan-railway');
INSERT INTO meeting_projects VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov',1,'project/china-cultural-center-bishkek');
INSERT INTO meeting_projects VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan',0,'project/kyrgyzstan-sme-production-capacities');
INSERT INTO meeting_projects VALUES('meeting/2026-03-edil-baisalov-visit-shandong',0,'project/kyrgyzstan-sme-production-capacities');
CREATE TABLE agreement (
  record_id TEXT PRIMARY KEY NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  "date" TEXT,
  "date_first" INTEGER,
  "date_last" INTEGER,
  "kind" TEXT,
  "signed_at" TEXT,
  "status" TEXT
);
INSERT INTO agreement VALUES('agreement/2023-05-comprehensive-strategic-partnership-new-era','2023-05',738641,738671,'other','meeting/2023-05-sadyr-japarov-state-visit-china',NULL);
INSERT INTO agreement VALUES('agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements','2023-09-08',738771,738771,'cooperation_agreement','meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange','signed');
INSERT INTO agreement VALUES('agreement/2023-09-donge-novopokrovka-friendly-cities','2023-09',738764,738793,'friendship_relations','meeting/2023-09-lin-wu-kanat-jumagaziev','signed');
INSERT INTO agreement VALUES('agreement/2023-09-liaocheng-issyk-ata-friendly-cities','2023-09',738764,738793,'friendship_relations','meeting/2023-09-lin-wu-kanat-jumagaziev','signed');
INSERT INTO agreement VALUES('agreement/2023-09-shandong-chuy-friendly-provinces','2023-09',738764,738793,'friendship_relations','meeting/2023-09-lin-wu-kanat-jumagaziev','signed');
INSERT INTO agreement VALUES('agreement/2023-09-shenxian-kant-friendly-cities','2023-09',738764,738793,'friendship_relations','meeting/2023-09-lin-wu-kanat-jumagaziev','signed');
INSERT INTO agreement VALUES('agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents','2023-10-25',738818,738818,'cooperation_agreement','meeting/2023-10-25-li-qiang-akylbek-japarov','signed');
INSERT INTO agreement VALUES('agreement/2025-02-05-china-kyrgyzstan-cooperation-documents','2025-02-05',739287,739287,'cooperation_agreement','meeting/2025-02-05-xi-jinping-sadyr-japarov','signed');
INSERT INTO agreement VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement','2025-02-05',739287,739287,'joint_statement','meeting/2025-02-05-xi-jinping-sadyr-japarov','signed');
INSERT INTO agreement VALUES('agreement/china-kyrgyzstan-mid-long-term-economic-trade-plan','..2023-10-25',1,738818,'plan',NULL,NULL);
CREATE TABLE agreement_parties (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "party" TEXT,
  "role" TEXT,
  PRIMARY KEY (record_id, position)
);
INSERT INTO agreement_parties VALUES('agreement/2023-05-comprehensive-strategic-partnership-new-era',0,'place/china','state');
INSERT INTO agreement_parties VALUES('agreement/2023-05-comprehensive-strategic-partnership-new-era',1,'place/kyrgyzstan','state');
INSERT INTO agreement_parties VALUES('agreement/2023-09-donge-novopokrovka-friendly-cities',0,'place/donge-county','county');
INSERT INTO agreement_parties VALUES('agreement/2023-09-donge-novopokrovka-friendly-cities',1,'place/novopokrovka','village (called ''Novopokrovka District'' in the article)');
INSERT INTO agreement_parties VALUES('agreement/2023-09-liaocheng-issyk-ata-friendly-cities',0,'place/liaocheng','city');
INSERT INTO agreement_parties VALUES('agreement/2023-09-liaocheng-issyk-ata-friendly-cities',1,'place/issyk-ata-district','district');
INSERT INTO agreement_parties VALUES('agreement/2023-09-shandong-chuy-friendly-provinces',0,'place/shandong','province');
INSERT INTO agreement_parties VALUES('agreement/2023-09-shandong-chuy-friendly-provinces',1,'place/chuy-region','region');
INSERT INTO agreement_parties VALUES('agreement/2023-09-shenxian-kant-friendly-cities',0,'place/shenxian-county','county');
INSERT INTO agreement_parties VALUES('agreement/2023-09-shenxian-kant-friendly-cities',1,'place/kant','city');
INSERT INTO agreement_parties VALUES('agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents',0,'place/china','state');
INSERT INTO agreement_parties VALUES('agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents',1,'place/kyrgyzstan','state');
INSERT INTO agreement_parties VALUES('agreement/2025-02-05-china-kyrgyzstan-cooperation-documents',0,'place/china','state');
INSERT INTO agreement_parties VALUES('agreement/2025-02-05-china-kyrgyzstan-cooperation-documents',1,'place/kyrgyzstan','state');
INSERT INTO agreement_parties VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement',0,'place/china','state');
INSERT INTO agreement_parties VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement',1,'place/kyrgyzstan','state');
INSERT INTO agreement_parties VALUES('agreement/china-kyrgyzstan-mid-long-term-economic-trade-plan',0,'place/china','state');
INSERT INTO agreement_parties VALUES('agreement/china-kyrgyzstan-mid-long-term-economic-trade-plan',1,'place/kyrgyzstan','state');
CREATE TABLE agreement_signatories (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
INSERT INTO agreement_signatories VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement',0,'person/xi-jinping');
INSERT INTO agreement_signatories VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement',1,'person/sadyr-japarov');
CREATE TABLE agreement_projects (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
CREATE TABLE project (
  record_id TEXT PRIMARY KEY NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  "sector" TEXT,
  "status" TEXT,
  "value_usd" REAL
);
INSERT INTO project VALUES('project/china-cultural-center-bishkek','culture','completion',NULL);
INSERT INTO project VALUES('project/china-kyrgyzstan-uzbekistan-railway','transport','implementation',NULL);
INSERT INTO project VALUES('project/kyrgyzstan-sme-production-capacities','industry','pledge',NULL);
INSERT INTO project VALUES('project/scoda','trade','implementation',NULL);
INSERT INTO project VALUES('project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan','industry','completion',NULL);
INSERT INTO project VALUES('project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan','health','completion',NULL);
CREATE TABLE project_milestones (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "date" TEXT,
  "date_first" INTEGER,
  "date_last" INTEGER,
  "status" TEXT,
  "note" TEXT,
  "source" TEXT,
  PRIMARY KEY (record_id, position)
);
INSERT INTO project_milestones VALUES('project/china-cultural-center-bishkek',0,'2023-10-25',738818,738818,'completion','Plaque jointly unveiled by Li Qiang and Akylbek Japarov','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO project_milestones VALUES('project/china-kyrgyzstan-uzbekistan-railway',0,'2023-10-25',738818,738818,'pledge','China and Kyrgyzstan agree to accelerate construction of key projects including the railway; Li Qiang calls for starting construction at an early date','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO project_milestones VALUES('project/china-kyrgyzstan-uzbekistan-railway',1,'2024-12',739221,739251,'implementation','Officially launched (''Officially launched in December'')','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO project_milestones VALUES('project/china-kyrgyzstan-uzbekistan-railway',2,'2025-02-05',739287,739287,'implementation','Xi Jinping and Sadyr Japarov pledge to build the railway with high standards and ensure its success','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO project_milestones VALUES('project/kyrgyzstan-sme-production-capacities',0,'2026-03-01',739676,739676,'pledge','Discussed in the talks of Edil Baisalov and Lin Wu in Jinan','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO project_milestones VALUES('project/scoda',0,'2023-09',738764,738793,'implementation','Lin Wu encourages Kyrgyz economic and trade parks, enterprises and institutions to participate in the construction of SCODA','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO project_milestones VALUES('project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan',0,'2023-09-08~',738771,738771,'completion','Opening ceremony attended by Lin Wu and Akylbek Japarov','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO project_milestones VALUES('project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan',0,'2023-09-08~',738771,738771,'completion','Gift ceremony attended by Lin Wu and Akylbek Japarov','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
CREATE TABLE project_places (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
INSERT INTO project_places VALUES('project/china-cultural-center-bishkek',0,'place/bishkek');
INSERT INTO project_places VALUES('project/china-kyrgyzstan-uzbekistan-railway',0,'place/china');
INSERT INTO project_places VALUES('project/china-kyrgyzstan-uzbekistan-railway',1,'place/kyrgyzstan');
INSERT INTO project_places VALUES('project/china-kyrgyzstan-uzbekistan-railway',2,'place/uzbekistan');
INSERT INTO project_places VALUES('project/china-kyrgyzstan-uzbekistan-railway',3,'place/kashgar');
INSERT INTO project_places VALUES('project/china-kyrgyzstan-uzbekistan-railway',4,'place/torugart-pass');
INSERT INTO project_places VALUES('project/china-kyrgyzstan-uzbekistan-railway',5,'place/makmal');
INSERT INTO project_places VALUES('project/china-kyrgyzstan-uzbekistan-railway',6,'place/jalal-abad');
INSERT INTO project_places VALUES('project/china-kyrgyzstan-uzbekistan-railway',7,'place/andijan');
INSERT INTO project_places VALUES('project/kyrgyzstan-sme-production-capacities',0,'place/kyrgyzstan');
INSERT INTO project_places VALUES('project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan',0,'place/kyrgyzstan');
INSERT INTO project_places VALUES('project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan',0,'place/kyrgyzstan');
CREATE TABLE project_route (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "lat" REAL,
  "lon" REAL,
  "label" TEXT,
  PRIMARY KEY (record_id, position)
);
INSERT INTO project_route VALUES('project/china-kyrgyzstan-uzbekistan-railway',0,39.470700000000000784,75.989500000000006706,'Kashgar');
INSERT INTO project_route VALUES('project/china-kyrgyzstan-uzbekistan-railway',1,40.592500000000001137,75.427199999999999134,'Torugart');
INSERT INTO project_route VALUES('project/china-kyrgyzstan-uzbekistan-railway',2,41.429999999999999717,74.280000000000001138,'Makmal');
INSERT INTO project_route VALUES('project/china-kyrgyzstan-uzbekistan-railway',3,40.933300000000002682,73.0,'Jalal-Abad');
INSERT INTO project_route VALUES('project/china-kyrgyzstan-uzbekistan-railway',4,40.782099999999999796,72.344200000000000727,'Andijan');
CREATE TABLE project_partners (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
INSERT INTO project_partners VALUES('project/china-cultural-center-bishkek',0,'place/china');
INSERT INTO project_partners VALUES('project/china-cultural-center-bishkek',1,'place/kyrgyzstan');
INSERT INTO project_partners VALUES('project/china-kyrgyzstan-uzbekistan-railway',0,'place/china');
INSERT INTO project_partners VALUES('project/china-kyrgyzstan-uzbekistan-railway',1,'place/kyrgyzstan');
INSERT INTO project_partners VALUES('project/china-kyrgyzstan-uzbekistan-railway',2,'place/uzbekistan');
INSERT INTO project_partners VALUES('project/kyrgyzstan-sme-production-capacities',0,'place/kyrgyzstan');
INSERT INTO project_partners VALUES('project/kyrgyzstan-sme-production-capacities',1,'place/shandong');
INSERT INTO project_partners VALUES('project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan',0,'organization/shandong-heavy-industry');
INSERT INTO project_partners VALUES('project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan',0,'organization/zhongtong-bus');
CREATE TABLE person (
  record_id TEXT PRIMARY KEY NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  "country" TEXT
);
INSERT INTO person VALUES('person/akylbek-japarov','KG');
INSERT INTO person VALUES('person/cai-qi','CN');
INSERT INTO person VALUES('person/du-dewen','CN');
INSERT INTO person VALUES('person/edil-baisalov','KG');
INSERT INTO person VALUES('person/kanat-jumagaziev','KG');
INSERT INTO person VALUES('person/li-qiang','CN');
INSERT INTO person VALUES('person/lin-wu','CN');
INSERT INTO person VALUES('person/mikhail-mishustin','RU');
INSERT INTO person VALUES('person/sadyr-japarov','KG');
INSERT INTO person VALUES('person/su-chang','CN');
INSERT INTO person VALUES('person/wang-zhuangfei','CN');
INSERT INTO person VALUES('person/xi-jinping','CN');
INSERT INTO person VALUES('person/zhang-haibo','CN');
CREATE TABLE person_names (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (record_id, language)
);
INSERT INTO person_names VALUES('person/akylbek-japarov','ru','Акылбек Жапаров');
INSERT INTO person_names VALUES('person/akylbek-japarov','ky','Акылбек Жапаров');
INSERT INTO person_names VALUES('person/akylbek-japarov','zh','阿克尔别克·扎帕罗夫');
INSERT INTO person_names VALUES('person/akylbek-japarov','en','Akylbek Japarov');
INSERT INTO person_names VALUES('person/cai-qi','ru','Цай Ци');
INSERT INTO person_names VALUES('person/cai-qi','zh','蔡奇');
INSERT INTO person_names VALUES('person/cai-qi','en','Cai Qi');
INSERT INTO person_names VALUES('person/du-dewen','ru','Ду Дэвэнь');
INSERT INTO person_names VALUES('person/du-dewen','zh','杜德文');
INSERT INTO person_names VALUES('person/du-dewen','en','Du Dewen');
INSERT INTO person_names VALUES('person/edil-baisalov','ru','Эдиль Байсалов');
INSERT INTO person_names VALUES('person/edil-baisalov','ky','Эдил Байсалов');
INSERT INTO person_names VALUES('person/edil-baisalov','en','Edil Baisalov');
INSERT INTO person_names VALUES('person/kanat-jumagaziev','ru','Канат Жумагазиев');
INSERT INTO person_names VALUES('person/kanat-jumagaziev','ky','Канат Жумагазиев');
INSERT INTO person_names VALUES('person/kanat-jumagaziev','en','Kanat Jumagaziev');
INSERT INTO person_names VALUES('person/li-qiang','ru','Ли Цян');
INSERT INTO person_names VALUES('person/li-qiang','zh','李强');
INSERT INTO person_names VALUES('person/li-qiang','en','Li Qiang');
INSERT INTO person_names VALUES('person/lin-wu','ru','Линь У');
INSERT INTO person_names VALUES('person/lin-wu','zh','林武');
INSERT INTO person_names VALUES('person/lin-wu','en','Lin Wu');
INSERT INTO person_names VALUES('person/mikhail-mishustin','ru','Михаил Мишустин');
INSERT INTO person_names VALUES('person/mikhail-mishustin','ky','Михаил Мишустин');
INSERT INTO person_names VALUES('person/mikhail-mishustin','zh','米舒斯京');
INSERT INTO person_names VALUES('person/mikhail-mishustin','en','Mikhail Mishustin');
INSERT INTO person_names VALUES('person/sadyr-japarov','ru','Садыр Жапаров');
INSERT INTO person_names VALUES('person/sadyr-japarov','ky','Садыр Жапаров');
INSERT INTO person_names VALUES('person/sadyr-japarov','zh','萨德尔·扎帕罗夫');
INSERT INTO person_names VALUES('person/sadyr-japarov','en','Sadyr Japarov');
INSERT INTO person_names VALUES('person/su-chang','zh','苏畅');
INSERT INTO person_names VALUES('person/su-chang','en','Su Chang');
INSERT INTO person_names VALUES('person/wang-zhuangfei','zh','王壮飞');
INSERT INTO person_names VALUES('person/wang-zhuangfei','en','Wang Zhuangfei');
INSERT INTO person_names VALUES('person/xi-jinping','ru','Си Цзиньпин');
INSERT INTO person_names VALUES('person/xi-jinping','zh','习近平');
INSERT INTO person_names VALUES('person/xi-jinping','en','Xi Jinping');
INSERT INTO person_names VALUES('person/zhang-haibo','ru','Чжан Хайбо');
INSERT INTO person_names VALUES('person/zhang-haibo','zh','张海波');
INSERT INTO person_names VALUES('person/zhang-haibo','en','Zhang Haibo');
CREATE TABLE person_aliases (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
INSERT INTO person_aliases VALUES('person/akylbek-japarov',0,'Akylbek Zhaparov');
INSERT INTO person_aliases VALUES('person/akylbek-japarov',1,'Zhaparov');
INSERT INTO person_aliases VALUES('person/edil-baisalov',0,'Baysalov');
INSERT INTO person_aliases VALUES('person/edil-baisalov',1,'Edil Baysalov');
INSERT INTO person_aliases VALUES('person/edil-baisalov',2,'Байсалов');
INSERT INTO person_aliases VALUES('person/kanat-jumagaziev',0,'Kanat Zhumagaziev');
INSERT INTO person_aliases VALUES('person/kanat-jumagaziev',1,'Zhumagaziev');
INSERT INTO person_aliases VALUES('person/sadyr-japarov',0,'Sadyr Zhaparov');
INSERT INTO person_aliases VALUES('person/sadyr-japarov',1,'Zhaparov');
INSERT INTO person_aliases VALUES('person/sadyr-japarov',2,'扎帕罗夫');
CREATE TABLE person_positions (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  "title" TEXT,
  "organization" TEXT,
  "from" TEXT,
  "from_first" INTEGER,
  "from_last" INTEGER,
  "to" TEXT,
  "to_first" INTEGER,
  "to_last" INTEGER,
  PRIMARY KEY (record_id, position)
);
INSERT INTO person_positions VALUES('person/akylbek-japarov',0,'Prime Minister of Kyrgyzstan','organization/kyrgyz-cabinet-of-ministers',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO person_positions VALUES('person/cai-qi',0,'Member of the Standing Committee of the Political Bureau of the CPC Central Committee','organization/cpc-political-bureau-standing-committee',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO person_positions VALUES('person/du-dewen',0,'Chinese Ambassador to Kyrgyzstan',NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO person_positions VALUES('person/edil-baisalov',0,'Deputy Chairman of the Cabinet of Ministers (Deputy Prime Minister)','organization/kyrgyz-cabinet-of-ministers',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO person_positions VALUES('person/kanat-jumagaziev',0,'Governor of Chuy Region (Chuiskaya Oblast)',NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO person_positions VALUES('person/li-qiang',0,'Premier of China',NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO person_positions VALUES('person/lin-wu',0,'Secretary of the CPC Shandong Provincial Committee','organization/cpc-shandong-provincial-committee',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO person_positions VALUES('person/mikhail-mishustin',0,'Prime Minister of Russia',NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO person_positions VALUES('person/sadyr-japarov',0,'President of Kyrgyzstan',NULL,'2021',737791,738155,NULL,NULL,NULL);
INSERT INTO person_positions VALUES('person/su-chang',0,'Research fellow','organization/cass-institute-russian-eastern-european-central-asian-studies',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO person_positions VALUES('person/wang-zhuangfei',0,'Photographer','organization/china-daily',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO person_positions VALUES('person/xi-jinping',0,'President of China',NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO person_positions VALUES('person/zhang-haibo',0,'Member and Secretary-General of the Standing Committee of the CPC Shandong Provincial Committee','organization/cpc-shandong-provincial-standing-committee',NULL,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE organization (
  record_id TEXT PRIMARY KEY NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  "kind" TEXT,
  "country" TEXT,
  "parent" TEXT
);
INSERT INTO organization VALUES('organization/bishkek-mayors-office','government','KG',NULL);
INSERT INTO organization VALUES('organization/cass','research','CN',NULL);
INSERT INTO organization VALUES('organization/cass-institute-russian-eastern-european-central-asian-studies','research','CN','organization/cass');
INSERT INTO organization VALUES('organization/china-daily','media','CN',NULL);
INSERT INTO organization VALUES('organization/china-foreign-ministry','ministry','CN',NULL);
INSERT INTO organization VALUES('organization/communist-party-of-china','party','CN',NULL);
INSERT INTO organization VALUES('organization/cpc-central-committee','party','CN','organization/communist-party-of-china');
INSERT INTO organization VALUES('organization/cpc-political-bureau','party','CN','organization/cpc-central-committee');
INSERT INTO organization VALUES('organization/cpc-political-bureau-standing-committee','party','CN','organization/cpc-political-bureau');
INSERT INTO organization VALUES('organization/cpc-shandong-provincial-committee','party','CN','organization/communist-party-of-china');
INSERT INTO organization VALUES('organization/cpc-shandong-provincial-standing-committee','party','CN','organization/cpc-shandong-provincial-committee');
INSERT INTO organization VALUES('organization/kyrgyz-cabinet-of-ministers','government','KG',NULL);
INSERT INTO organization VALUES('organization/kyrgyz-cabinet-press-service','agency','KG','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO organization VALUES('organization/kyrgyz-ministry-of-agriculture','ministry','KG','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO organization VALUES('organization/kyrgyz-ministry-of-culture-information-sports-youth-policy','ministry','KG','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO organization VALUES('organization/kyrgyz-ministry-of-economy-and-commerce','ministry','KG','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO organization VALUES('organization/kyrgyz-ministry-of-energy','ministry','KG','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO organization VALUES('organization/kyrgyz-ministry-of-natural-resources','ministry','KG','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO organization VALUES('organization/kyrgyz-president-press-service','agency','KG',NULL);
INSERT INTO organization VALUES('organization/sco','international',NULL,NULL);
INSERT INTO organization VALUES('organization/shandong-heavy-industry','company','CN',NULL);
INSERT INTO organization VALUES('organization/trend-news-agency','media',NULL,NULL);
INSERT INTO organization VALUES('organization/zhongtong-bus','company','CN',NULL);
CREATE TABLE organization_names (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (record_id, language)
);
INSERT INTO organization_names VALUES('organization/bishkek-mayors-office','ru','Мэрия города Бишкек');
INSERT INTO organization_names VALUES('organization/bishkek-mayors-office','ky','Бишкек шаарынын мэриясы');
INSERT INTO organization_names VALUES('organization/bishkek-mayors-office','en','Bishkek Mayor''s Office');
INSERT INTO organization_names VALUES('organization/cass','zh','中国社会科学院');
INSERT INTO organization_names VALUES('organization/cass','en','Chinese Academy of Social Sciences');
INSERT INTO organization_names VALUES('organization/cass-institute-russian-eastern-european-central-asian-studies','zh','中国社会科学院俄罗斯东欧中亚研究所');
INSERT INTO organization_names VALUES('organization/cass-institute-russian-eastern-european-central-asian-studies','en','Institute of Russian, Eastern European and Central Asian Studies');
INSERT INTO organization_names VALUES('organization/china-daily','zh','中国日报');
INSERT INTO organization_names VALUES('organization/china-daily','en','China Daily');
INSERT INTO organization_names VALUES('organization/china-foreign-ministry','ru','Министерство иностранных дел Китайской Народной Республики');
INSERT INTO organization_names VALUES('organization/china-foreign-ministry','zh','中华人民共和国外交部');
INSERT INTO organization_names VALUES('organization/china-foreign-ministry','en','Ministry of Foreign Affairs of the People''s Republic of China');
INSERT INTO organization_names VALUES('organization/communist-party-of-china','ru','Коммунистическая партия Китая');
INSERT INTO organization_names VALUES('organization/communist-party-of-china','zh','中国共产党');
INSERT INTO organization_names VALUES('organization/communist-party-of-china','en','Communist Party of China');
INSERT INTO organization_names VALUES('organization/cpc-central-committee','ru','Центральный комитет Коммунистической партии Китая');
INSERT INTO organization_names VALUES('organization/cpc-central-committee','zh','中国共产党中央委员会');
INSERT INTO organization_names VALUES('organization/cpc-central-committee','en','Central Committee of the Communist Party of China');
INSERT INTO organization_names VALUES('organization/cpc-political-bureau','zh','中共中央政治局');
INSERT INTO organization_names VALUES('organization/cpc-political-bureau','en','Political Bureau of the CPC Central Committee');
INSERT INTO organization_names VALUES('organization/cpc-political-bureau-standing-committee','zh','中共中央政治局常务委员会');
INSERT INTO organization_names VALUES('organization/cpc-political-bureau-standing-committee','en','Standing Committee of the Political Bureau of the CPC Central Committee');
INSERT INTO organization_names VALUES('organization/cpc-shandong-provincial-committee','zh','中共山东省委员会');
INSERT INTO organization_names VALUES('organization/cpc-shandong-provincial-committee','en','CPC Shandong Provincial Committee');
INSERT INTO organization_names VALUES('organization/cpc-shandong-provincial-standing-committee','zh','中共山东省委常务委员会');
INSERT INTO organization_names VALUES('organization/cpc-shandong-provincial-standing-committee','en','Standing Committee of the CPC Shandong Provincial Committee');
INSERT INTO organization_names VALUES('organization/kyrgyz-cabinet-of-ministers','ru','Кабинет министров Кыргызской Республики');
INSERT INTO organization_names VALUES('organization/kyrgyz-cabinet-of-ministers','ky','Кыргыз Республикасынын Министрлер Кабинети');
INSERT INTO organization_names VALUES('organization/kyrgyz-cabinet-of-ministers','en','Cabinet of Ministers of the Kyrgyz Republic');
INSERT INTO organization_names VALUES('organization/kyrgyz-cabinet-press-service','ru','Пресс-служба Кабинета министров Кыргызской Республики');
INSERT INTO organization_names VALUES('organization/kyrgyz-cabinet-press-service','en','Press service of the Cabinet of Ministers of the Kyrgyz Republic');
INSERT INTO organization_names VALUES('organization/kyrgyz-ministry-of-culture-information-sports-youth-policy','ru','Министерство культуры, информации, спорта и молодежной политики Кыргызской Республики');
INSERT INTO organization_names VALUES('organization/kyrgyz-ministry-of-culture-information-sports-youth-policy','en','Ministry of Culture, Information, Sports and Youth Policy of the Kyrgyz Republic');
INSERT INTO organization_names VALUES('organization/kyrgyz-ministry-of-economy-and-commerce','ru','Министерство экономики и коммерции Кыргызской Республики');
INSERT INTO organization_names VALUES('organization/kyrgyz-ministry-of-economy-and-commerce','en','Ministry of Economy and Commerce of the Kyrgyz Republic');
INSERT INTO organization_names VALUES('organization/kyrgyz-ministry-of-energy','ru','Министерство энергетики Кыргызской Республики');
INSERT INTO organization_names VALUES('organization/kyrgyz-ministry-of-energy','en','Ministry of Energy of the Kyrgyz Republic');
INSERT INTO organization_names VALUES('organization/kyrgyz-president-press-service','ru','Пресс-служба Президента Кыргызской Республики');
INSERT INTO organization_names VALUES('organization/kyrgyz-president-press-service','en','Press service of the President of the Kyrgyz Republic');
INSERT INTO organization_names VALUES('organization/sco','ru','Шанхайская организация сотрудничества');
INSERT INTO organization_names VALUES('organization/sco','ky','Шанхай кызматташтык уюму');
INSERT INTO organization_names VALUES('organization/sco','zh','上海合作组织');
INSERT INTO organization_names VALUES('organization/sco','en','Shanghai Cooperation Organization');
INSERT INTO organization_names VALUES('organization/shandong-heavy-industry','zh','山东重工');
INSERT INTO organization_names VALUES('organization/shandong-heavy-industry','en','Shandong Heavy Industry');
INSERT INTO organization_names VALUES('organization/zhongtong-bus','zh','中通客车');
INSERT INTO organization_names VALUES('organization/zhongtong-bus','en','Zhongtong Bus');
CREATE TABLE organization_aliases (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
INSERT INTO organization_aliases VALUES('organization/bishkek-mayors-office',0,'Mayor of Bishkek');
INSERT INTO organization_aliases VALUES('organization/bishkek-mayors-office',1,'Bishkek City Hall');
INSERT INTO organization_aliases VALUES('organization/cass',0,'CASS');
INSERT INTO organization_aliases VALUES('organization/cass-institute-russian-eastern-european-central-asian-studies',0,'IREECAS');
INSERT INTO organization_aliases VALUES('organization/china-foreign-ministry',0,'China''s Foreign Ministry');
INSERT INTO organization_aliases VALUES('organization/china-foreign-ministry',1,'Chinese Foreign Ministry');
INSERT INTO organization_aliases VALUES('organization/china-foreign-ministry',2,'MFA');
INSERT INTO organization_aliases VALUES('organization/communist-party-of-china',0,'CPC');
INSERT INTO organization_aliases VALUES('organization/communist-party-of-china',1,'CCP');
INSERT INTO organization_aliases VALUES('organization/communist-party-of-china',2,'Chinese Communist Party');
INSERT INTO organization_aliases VALUES('organization/cpc-central-committee',0,'CPC Central Committee');
INSERT INTO organization_aliases VALUES('organization/cpc-political-bureau',0,'Politburo');
INSERT INTO organization_aliases VALUES('organization/cpc-political-bureau-standing-committee',0,'Politburo Standing Committee');
INSERT INTO organization_aliases VALUES('organization/cpc-political-bureau-standing-committee',1,'PBSC');
INSERT INTO organization_aliases VALUES('organization/cpc-shandong-provincial-committee',0,'Shandong Provincial Committee');
INSERT INTO organization_aliases VALUES('organization/cpc-shandong-provincial-committee',1,'Shandong Provincial Party Committee');
INSERT INTO organization_aliases VALUES('organization/kyrgyz-cabinet-of-ministers',0,'Kyrgyz Cabinet of Ministers');
INSERT INTO organization_aliases VALUES('organization/kyrgyz-cabinet-of-ministers',1,'Cabinet of Ministers');
INSERT INTO organization_aliases VALUES('organization/sco',0,'SCO');
INSERT INTO organization_aliases VALUES('organization/sco',1,'ШОС');
INSERT INTO organization_aliases VALUES('organization/shandong-heavy-industry',0,'Shandong Heavy Industry Group');
INSERT INTO organization_aliases VALUES('organization/trend-news-agency',0,'Trend');
INSERT INTO organization_aliases VALUES('organization/zhongtong-bus',0,'Zhongtong');
CREATE TABLE place (
  record_id TEXT PRIMARY KEY NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  "kind" TEXT,
  "country" TEXT,
  "parent" TEXT,
  "lat" REAL,
  "lon" REAL
);
INSERT INTO place VALUES('place/andijan','city','UZ','place/uzbekistan',40.782099999999999796,72.344200000000000727);
INSERT INTO place VALUES('place/beijing','city','CN','place/china',39.904200000000003001,116.40739999999999554);
INSERT INTO place VALUES('place/bishkek','city','KG','place/kyrgyzstan',42.874699999999997144,74.612200000000001411);
INSERT INTO place VALUES('place/china','country','CN',NULL,35.861699999999999022,104.19540000000000645);
INSERT INTO place VALUES('place/chuy-region','province','KG','place/kyrgyzstan',42.565500000000000115,74.405699999999995951);
INSERT INTO place VALUES('place/donge-county','county','CN','place/liaocheng',36.333300000000001261,116.25);
INSERT INTO place VALUES('place/dushanbe','city','TJ','place/tajikistan',38.53580000000000183,68.779099999999999681);
INSERT INTO place VALUES('place/harbin','prefecture_city','CN','place/heilongjiang',45.749999999999999998,126.63330000000000552);
INSERT INTO place VALUES('place/heilongjiang','province','CN','place/china',47.899999999999998577,127.79999999999999715);
INSERT INTO place VALUES('place/issyk-ata-district','district','KG','place/chuy-region',42.72670000000000101,75.074399999999997133);
INSERT INTO place VALUES('place/jalal-abad','city','KG','place/kyrgyzstan',40.933300000000002682,73.0);
INSERT INTO place VALUES('place/jinan','prefecture_city','CN','place/shandong',36.668300000000002114,116.99720000000000653);
INSERT INTO place VALUES('place/kant','city','KG','place/issyk-ata-district',42.891100000000001559,74.85080000000000666);
INSERT INTO place VALUES('place/kashgar','city','CN','place/xinjiang',39.470700000000000784,75.989500000000006706);
INSERT INTO place VALUES('place/kyrgyzstan','country','KG',NULL,41.204399999999999693,74.766099999999994451);
INSERT INTO place VALUES('place/liaocheng','prefecture_city','CN','place/shandong',36.456000000000003068,115.98499999999999942);
INSERT INTO place VALUES('place/makmal','site','KG','place/kyrgyzstan',41.429999999999999717,74.280000000000001138);
INSERT INTO place VALUES('place/novopokrovka','district','KG','place/issyk-ata-district',42.868899999999996452,74.739999999999994885);
INSERT INTO place VALUES('place/russia','country','RU',NULL,61.524000000000000909,105.31879999999999597);
INSERT INTO place VALUES('place/shandong','province','CN','place/china',36.200000000000002841,118.09999999999999431);
INSERT INTO place VALUES('place/shenxian-county','county','CN','place/liaocheng',36.233299999999999841,115.66670000000000583);
INSERT INTO place VALUES('place/tajikistan','country','TJ',NULL,38.8609999999999971,71.276099999999999569);
INSERT INTO place VALUES('place/torugart-pass','site',NULL,NULL,40.592500000000001137,75.427199999999999134);
INSERT INTO place VALUES('place/uzbekistan','country','UZ',NULL,41.377499999999997727,64.585300000000003704);
INSERT INTO place VALUES('place/xinjiang','province','CN','place/china',41.100000000000001419,85.299999999999997161);
CREATE TABLE place_names (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  language TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (record_id, language)
);
INSERT INTO place_names VALUES('place/andijan','ru','Андижан');
INSERT INTO place_names VALUES('place/andijan','ky','Анжиян');
INSERT INTO place_names VALUES('place/andijan','zh','安集延');
INSERT INTO place_names VALUES('place/andijan','uz','Andijon');
INSERT INTO place_names VALUES('place/andijan','en','Andijan');
INSERT INTO place_names VALUES('place/beijing','ru','Пекин');
INSERT INTO place_names VALUES('place/beijing','ky','Бээжин');
INSERT INTO place_names VALUES('place/beijing','zh','北京');
INSERT INTO place_names VALUES('place/beijing','en','Beijing');
INSERT INTO place_names VALUES('place/bishkek','ru','Бишкек');
INSERT INTO place_names VALUES('place/bishkek','ky','Бишкек');
INSERT INTO place_names VALUES('place/bishkek','zh','比什凯克');
INSERT INTO place_names VALUES('place/bishkek','en','Bishkek');
INSERT INTO place_names VALUES('place/china','ru','Китай');
INSERT INTO place_names VALUES('place/china','ky','Кытай');
INSERT INTO place_names VALUES('place/china','zh','中国');
INSERT INTO place_names VALUES('place/china','en','China');
INSERT INTO place_names VALUES('place/chuy-region','ru','Чуйская область');
INSERT INTO place_names VALUES('place/chuy-region','ky','Чүй облусу');
INSERT INTO place_names VALUES('place/chuy-region','zh','楚河州');
INSERT INTO place_names VALUES('place/chuy-region','en','Chuy Region');
INSERT INTO place_names VALUES('place/donge-county','zh','东阿县');
INSERT INTO place_names VALUES('place/donge-county','en','Dong''e County');
INSERT INTO place_names VALUES('place/dushanbe','ru','Душанбе');
INSERT INTO place_names VALUES('place/dushanbe','ky','Душанбе');
INSERT INTO place_names VALUES('place/dushanbe','zh','杜尚别');
INSERT INTO place_names VALUES('place/dushanbe','tg','Душанбе');
INSERT INTO place_names VALUES('place/dushanbe','en','Dushanbe');
INSERT INTO place_names VALUES('place/harbin','ru','Харбин');
INSERT INTO place_names VALUES('place/harbin','zh','哈尔滨');
INSERT INTO place_names VALUES('place/harbin','en','Harbin');
INSERT INTO place_names VALUES('place/heilongjiang','ru','Хэйлунцзян');
INSERT INTO place_names VALUES('place/heilongjiang','zh','黑龙江省');
INSERT INTO place_names VALUES('place/heilongjiang','en','Heilongjiang');
INSERT INTO place_names VALUES('place/issyk-ata-district','ru','Ысык-Атинский район');
INSERT INTO place_names VALUES('place/issyk-ata-district','ky','Ысык-Ата району');
INSERT INTO place_names VALUES('place/issyk-ata-district','en','Issyk-Ata District');
INSERT INTO place_names VALUES('place/jalal-abad','ru','Джалал-Абад');
INSERT INTO place_names VALUES('place/jalal-abad','ky','Жалал-Абад');
INSERT INTO place_names VALUES('place/jalal-abad','zh','贾拉拉巴德');
INSERT INTO place_names VALUES('place/jalal-abad','en','Jalal-Abad');
INSERT INTO place_names VALUES('place/jinan','ru','Цзинань');
INSERT INTO place_names VALUES('place/jinan','zh','济南');
INSERT INTO place_names VALUES('place/jinan','en','Jinan');
INSERT INTO place_names VALUES('place/kant','ru','Кант');
INSERT INTO place_names VALUES('place/kant','ky','Кант');
INSERT INTO place_names VALUES('place/kant','zh','坎特');
INSERT INTO place_names VALUES('place/kant','en','Kant');
INSERT INTO place_names VALUES('place/kashgar','ru','Кашгар');
INSERT INTO place_names VALUES('place/kashgar','ky','Кашкар');
INSERT INTO place_names VALUES('place/kashgar','zh','喀什');
INSERT INTO place_names VALUES('place/kashgar','en','Kashgar');
INSERT INTO place_names VALUES('place/kyrgyzstan','ru','Кыргызстан');
INSERT INTO place_names VALUES('place/kyrgyzstan','ky','Кыргызстан');
INSERT INTO place_names VALUES('place/kyrgyzstan','zh','吉尔吉斯斯坦');
INSERT INTO place_names VALUES('place/kyrgyzstan','en','Kyrgyzstan');
INSERT INTO place_names VALUES('place/liaocheng','ru','Ляочэн');
INSERT INTO place_names VALUES('place/liaocheng','zh','聊城市');
INSERT INTO place_names VALUES('place/liaocheng','en','Liaocheng');
INSERT INTO place_names VALUES('place/makmal','ru','Макмал');
INSERT INTO place_names VALUES('place/makmal','ky','Макмал');
INSERT INTO place_names VALUES('place/makmal','en','Makmal');
INSERT INTO place_names VALUES('place/novopokrovka','ru','Новопокровка');
INSERT INTO place_names VALUES('place/novopokrovka','ky','Новопокровка');
INSERT INTO place_names VALUES('place/novopokrovka','en','Novopokrovka');
INSERT INTO place_names VALUES('place/russia','ru','Россия');
INSERT INTO place_names VALUES('place/russia','ky','Россия');
INSERT INTO place_names VALUES('place/russia','zh','俄罗斯');
INSERT INTO place_names VALUES('place/russia','en','Russia');
INSERT INTO place_names VALUES('place/shandong','ru','Шаньдун');
INSERT INTO place_names VALUES('place/shandong','zh','山东省');
INSERT INTO place_names VALUES('place/shandong','en','Shandong');
INSERT INTO place_names VALUES('place/shenxian-county','zh','莘县');
INSERT INTO place_names VALUES('place/shenxian-county','en','Shenxian County');
INSERT INTO place_names VALUES('place/tajikistan','ru','Таджикистан');
INSERT INTO place_names VALUES('place/tajikistan','ky','Тажикстан');
INSERT INTO place_names VALUES('place/tajikistan','zh','塔吉克斯坦');
INSERT INTO place_names VALUES('place/tajikistan','tg','Тоҷикистон');
INSERT INTO place_names VALUES('place/tajikistan','en','Tajikistan');
INSERT INTO place_names VALUES('place/torugart-pass','ru','Перевал Торугарт');
INSERT INTO place_names VALUES('place/torugart-pass','ky','Торугарт');
INSERT INTO place_names VALUES('place/torugart-pass','zh','吐尔尕特山口');
INSERT INTO place_names VALUES('place/torugart-pass','en','Torugart Pass');
INSERT INTO place_names VALUES('place/uzbekistan','ru','Узбекистан');
INSERT INTO place_names VALUES('place/uzbekistan','ky','Өзбекстан');
INSERT INTO place_names VALUES('place/uzbekistan','zh','乌兹别克斯坦');
INSERT INTO place_names VALUES('place/uzbekistan','uz','Oʻzbekiston');
INSERT INTO place_names VALUES('place/uzbekistan','en','Uzbekistan');
INSERT INTO place_names VALUES('place/xinjiang','ru','Синьцзян');
INSERT INTO place_names VALUES('place/xinjiang','ky','Шинжаң');
INSERT INTO place_names VALUES('place/xinjiang','zh','新疆维吾尔自治区');
INSERT INTO place_names VALUES('place/xinjiang','en','Xinjiang');
CREATE TABLE place_aliases (
  record_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (record_id, position)
);
INSERT INTO place_aliases VALUES('place/andijan',0,'Andijon');
INSERT INTO place_aliases VALUES('place/andijan',1,'Andizhan');
INSERT INTO place_aliases VALUES('place/china',0,'People''s Republic of China');
INSERT INTO place_aliases VALUES('place/china',1,'PRC');
INSERT INTO place_aliases VALUES('place/chuy-region',0,'Chuiskaya Oblast');
INSERT INTO place_aliases VALUES('place/chuy-region',1,'Chui');
INSERT INTO place_aliases VALUES('place/chuy-region',2,'Chüy Region');
INSERT INTO place_aliases VALUES('place/chuy-region',3,'Chuy Oblast');
INSERT INTO place_aliases VALUES('place/chuy-region',4,'Chui Region');
INSERT INTO place_aliases VALUES('place/donge-county',0,'Dong''e');
INSERT INTO place_aliases VALUES('place/donge-county',1,'Donge County');
INSERT INTO place_aliases VALUES('place/donge-county',2,'Dong-e County');
INSERT INTO place_aliases VALUES('place/heilongjiang',0,'Heilongjiang Province');
INSERT INTO place_aliases VALUES('place/issyk-ata-district',0,'Ysyk-Ata District');
INSERT INTO place_aliases VALUES('place/issyk-ata-district',1,'Issyk-Ata');
INSERT INTO place_aliases VALUES('place/issyk-ata-district',2,'Ysyk-Ata');
INSERT INTO place_aliases VALUES('place/jalal-abad',0,'Dzhalal-Abad');
INSERT INTO place_aliases VALUES('place/jalal-abad',1,'Jalalabat');
INSERT INTO place_aliases VALUES('place/jalal-abad',2,'Jalalabad');
INSERT INTO place_aliases VALUES('place/kant',0,'Kant City');
INSERT INTO place_aliases VALUES('place/kashgar',0,'Kashi');
INSERT INTO place_aliases VALUES('place/kyrgyzstan',0,'Kyrgyz Republic');
INSERT INTO place_aliases VALUES('place/kyrgyzstan',1,'Kirghizia');
INSERT INTO place_aliases VALUES('place/kyrgyzstan',2,'Киргизия');
INSERT INTO place_aliases VALUES('place/makmal',0,'Makhmal');
INSERT INTO place_aliases VALUES('place/novopokrovka',0,'Novopokrovka District');
INSERT INTO place_aliases VALUES('place/novopokrovka',1,'Novo-Pokrovka');
INSERT INTO place_aliases VALUES('place/russia',0,'Russian Federation');
INSERT INTO place_aliases VALUES('place/shandong',0,'Shandong Province');
INSERT INTO place_aliases VALUES('place/shenxian-county',0,'Shen County');
INSERT INTO place_aliases VALUES('place/shenxian-county',1,'Shenxian');
INSERT INTO place_aliases VALUES('place/torugart-pass',0,'Torugart');
INSERT INTO place_aliases VALUES('place/torugart-pass',1,'Turugart');
INSERT INTO place_aliases VALUES('place/xinjiang',0,'Xinjiang Uygur Autonomous Region');
INSERT INTO place_aliases VALUES('place/xinjiang',1,'Xinjiang Uyghur Autonomous Region');
CREATE TABLE source (
  record_id TEXT PRIMARY KEY NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  "publisher" TEXT,
  "date" TEXT,
  "date_first" INTEGER,
  "date_last" INTEGER,
  "url" TEXT,
  "language" TEXT,
  "reliability" TEXT,
  "excerpt" TEXT
);
INSERT INTO source VALUES('source/2023-10-26-li-qiang-official-visit-kyrgyzstan',NULL,'2023-10-26',738819,738819,NULL,'en','C','China and Kyrgyzstan agreed on Wednesday to promote high-quality Belt and Road cooperation, enhance connectivity by accelerating the construction of key projects including the China-Kyrgyzstan-Uzbekistan railway and expand cooperation in all areas in order to bring more benefits to their peoples.');
INSERT INTO source VALUES('source/2025-09-03-sadyr-japarov-cai-qi',NULL,'2025-09-03',739497,739497,NULL,'en','C','As part of his working visit to China, President of Kyrgyzstan Sadyr Japarov met with Cai Qi, a member of the Standing Committee of the Political Bureau of the Central Committee of the Communist Party of China.');
INSERT INTO source VALUES('source/china-daily-2025-02-06-xi-jinping-sadyr-japarov','China Daily','2025-02-06',739288,739288,NULL,'en','B','Last year, bilateral trade reached $22.71 billion, registering a historic record with a year-on-year increase of 14.7 percent, according to China''s Foreign Ministry.');
INSERT INTO source VALUES('source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan','Shandong provincial website','2023-11-23',738847,738847,NULL,'en','B','From September 7 to 8, Lin Wu, Secretary of the CPC Shandong Provincial Committee, led a delegation of Shandong Province to visit Kyrgyzstan.');
INSERT INTO source VALUES('source/trend-2026-03-02-baisalov-lin-wu-jinan','Trend','2026-03-02',739677,739677,NULL,'en','B','The issue was considered on March 1, 2026, in Jinan during talks between Deputy Chairman of the Cabinet of Ministers Edil Baisalov and Secretary of the Party Secretary of the Shandong Provincial Committee in China Lin Wu.');
CREATE TABLE figure (
  record_id TEXT PRIMARY KEY NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  "indicator" TEXT,
  "period" TEXT,
  "period_first" INTEGER,
  "period_last" INTEGER,
  "value" REAL,
  "unit" TEXT,
  "change" REAL
);
INSERT INTO figure VALUES('figure/china-kyrgyzstan-trade-2024','China–Kyrgyzstan trade','2024',738886,739251,22710000000.0,'USD',14.699999999999999289);
CREATE TABLE link (  source_id TEXT NOT NULL REFERENCES record (id) ON DELETE CASCADE,  field TEXT NOT NULL,  target_id TEXT NOT NULL REFERENCES record (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO link VALUES('meeting/2023-05-sadyr-japarov-state-visit-china','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-05-sadyr-japarov-state-visit-china','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('meeting/2023-05-sadyr-japarov-state-visit-china','place','place/china');
INSERT INTO link VALUES('meeting/2023-05-sadyr-japarov-state-visit-china','participants.person','person/sadyr-japarov');
INSERT INTO link VALUES('meeting/2023-05-sadyr-japarov-state-visit-china','participants.person','person/xi-jinping');
INSERT INTO link VALUES('meeting/2023-05-sadyr-japarov-state-visit-china','outcomes','agreement/2023-05-comprehensive-strategic-partnership-new-era');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','place','place/kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','participants.person','person/lin-wu');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','participants.person','person/zhang-haibo');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','participants.person','person/du-dewen');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','participants.person','person/sadyr-japarov');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','participants.person','person/akylbek-japarov');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','participants.person','person/edil-baisalov');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','participants.person','person/kanat-jumagaziev');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','organizations','organization/cpc-shandong-provincial-committee');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','organizations','organization/cpc-shandong-provincial-standing-committee');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','organizations','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','organizations','organization/kyrgyz-ministry-of-economy-and-commerce');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','organizations','organization/kyrgyz-ministry-of-agriculture');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','organizations','organization/kyrgyz-ministry-of-energy');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','organizations','organization/kyrgyz-ministry-of-natural-resources');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','organizations','organization/kyrgyz-ministry-of-culture-information-sports-youth-policy');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','organizations','organization/bishkek-mayors-office');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','outcomes','agreement/2023-09-shandong-chuy-friendly-provinces');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','outcomes','agreement/2023-09-liaocheng-issyk-ata-friendly-cities');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','outcomes','agreement/2023-09-shenxian-kant-friendly-cities');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','outcomes','agreement/2023-09-donge-novopokrovka-friendly-cities');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','outcomes','agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','projects','project/scoda');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','projects','project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan','projects','project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','place','place/kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','part_of','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','participants.person','person/lin-wu');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','participants.person','person/akylbek-japarov');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','organizations','organization/cpc-shandong-provincial-committee');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','organizations','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','organizations','organization/shandong-heavy-industry');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','organizations','organization/zhongtong-bus');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','projects','project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-heavy-industry-center-zhongtong-vehicle-ceremony','projects','project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange','place','place/kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange','part_of','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange','participants.person','person/lin-wu');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange','participants.person','person/akylbek-japarov');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange','organizations','organization/cpc-shandong-provincial-committee');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange','organizations','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange','outcomes','agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements');
INSERT INTO link VALUES('meeting/2023-09-friendly-shandong-silk-road-performance','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-friendly-shandong-silk-road-performance','place','place/kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-friendly-shandong-silk-road-performance','part_of','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-friendly-shandong-silk-road-performance','participants.person','person/lin-wu');
INSERT INTO link VALUES('meeting/2023-09-friendly-shandong-silk-road-performance','participants.person','person/edil-baisalov');
INSERT INTO link VALUES('meeting/2023-09-friendly-shandong-silk-road-performance','organizations','organization/cpc-shandong-provincial-committee');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-akylbek-japarov','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-akylbek-japarov','place','place/kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-akylbek-japarov','part_of','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-akylbek-japarov','participants.person','person/lin-wu');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-akylbek-japarov','participants.person','person/akylbek-japarov');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-akylbek-japarov','organizations','organization/cpc-shandong-provincial-committee');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-akylbek-japarov','organizations','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-akylbek-japarov','projects','project/scoda');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-edil-baisalov','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-edil-baisalov','place','place/kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-edil-baisalov','part_of','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-edil-baisalov','participants.person','person/lin-wu');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-edil-baisalov','participants.person','person/edil-baisalov');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-edil-baisalov','organizations','organization/cpc-shandong-provincial-committee');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-edil-baisalov','organizations','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-edil-baisalov','projects','project/scoda');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev','place','place/kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev','part_of','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev','participants.person','person/lin-wu');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev','participants.person','person/kanat-jumagaziev');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev','organizations','organization/cpc-shandong-provincial-committee');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev','outcomes','agreement/2023-09-shandong-chuy-friendly-provinces');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev','outcomes','agreement/2023-09-liaocheng-issyk-ata-friendly-cities');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev','outcomes','agreement/2023-09-shenxian-kant-friendly-cities');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-kanat-jumagaziev','outcomes','agreement/2023-09-donge-novopokrovka-friendly-cities');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-sadyr-japarov','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-sadyr-japarov','place','place/kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-sadyr-japarov','part_of','meeting/2023-09-07-lin-wu-shandong-delegation-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-sadyr-japarov','participants.person','person/lin-wu');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-sadyr-japarov','participants.person','person/sadyr-japarov');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-sadyr-japarov','organizations','organization/cpc-shandong-provincial-committee');
INSERT INTO link VALUES('meeting/2023-09-lin-wu-sadyr-japarov','projects','project/scoda');
INSERT INTO link VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque','place','place/bishkek');
INSERT INTO link VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque','part_of','meeting/2023-10-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque','participants.person','person/li-qiang');
INSERT INTO link VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque','participants.person','person/akylbek-japarov');
INSERT INTO link VALUES('meeting/2023-10-25-china-cultural-center-bishkek-plaque','projects','project/china-cultural-center-bishkek');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov','place','place/kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov','part_of','meeting/2023-10-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov','participants.person','person/li-qiang');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov','participants.person','person/akylbek-japarov');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov','organizations','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov','outcomes','agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-akylbek-japarov','projects','project/china-kyrgyzstan-uzbekistan-railway');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-mikhail-mishustin','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-mikhail-mishustin','place','place/bishkek');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-mikhail-mishustin','part_of','meeting/2023-10-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-mikhail-mishustin','participants.person','person/li-qiang');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-mikhail-mishustin','participants.person','person/mikhail-mishustin');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov','place','place/kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov','part_of','meeting/2023-10-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov','participants.person','person/li-qiang');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov','participants.person','person/sadyr-japarov');
INSERT INTO link VALUES('meeting/2023-10-25-li-qiang-sadyr-japarov','projects','project/china-kyrgyzstan-uzbekistan-railway');
INSERT INTO link VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan','place','place/kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan','participants.person','person/li-qiang');
INSERT INTO link VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan','participants.person','person/akylbek-japarov');
INSERT INTO link VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan','participants.person','person/sadyr-japarov');
INSERT INTO link VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan','organizations','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan','outcomes','agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents');
INSERT INTO link VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan','projects','project/china-kyrgyzstan-uzbekistan-railway');
INSERT INTO link VALUES('meeting/2023-10-li-qiang-official-visit-kyrgyzstan','projects','project/china-cultural-center-bishkek');
INSERT INTO link VALUES('meeting/2023-10-sco-heads-of-government-council-bishkek','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('meeting/2023-10-sco-heads-of-government-council-bishkek','place','place/bishkek');
INSERT INTO link VALUES('meeting/2023-10-sco-heads-of-government-council-bishkek','participants.person','person/li-qiang');
INSERT INTO link VALUES('meeting/2023-10-sco-heads-of-government-council-bishkek','participants.person','person/mikhail-mishustin');
INSERT INTO link VALUES('meeting/2023-10-sco-heads-of-government-council-bishkek','organizations','organization/sco');
INSERT INTO link VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china','place','place/china');
INSERT INTO link VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china','participants.person','person/sadyr-japarov');
INSERT INTO link VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china','participants.person','person/xi-jinping');
INSERT INTO link VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china','outcomes','agreement/2025-02-05-china-kyrgyzstan-joint-statement');
INSERT INTO link VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china','outcomes','agreement/2025-02-05-china-kyrgyzstan-cooperation-documents');
INSERT INTO link VALUES('meeting/2025-02-04-sadyr-japarov-state-visit-china','projects','project/china-kyrgyzstan-uzbekistan-railway');
INSERT INTO link VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov','place','place/beijing');
INSERT INTO link VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov','part_of','meeting/2025-02-04-sadyr-japarov-state-visit-china');
INSERT INTO link VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov','participants.person','person/xi-jinping');
INSERT INTO link VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov','participants.person','person/sadyr-japarov');
INSERT INTO link VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov','outcomes','agreement/2025-02-05-china-kyrgyzstan-joint-statement');
INSERT INTO link VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov','outcomes','agreement/2025-02-05-china-kyrgyzstan-cooperation-documents');
INSERT INTO link VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov','projects','project/china-kyrgyzstan-uzbekistan-railway');
INSERT INTO link VALUES('meeting/2025-02-05-xi-jinping-sadyr-japarov','projects','project/china-cultural-center-bishkek');
INSERT INTO link VALUES('meeting/2025-02-07-asian-winter-games-harbin','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('meeting/2025-02-07-asian-winter-games-harbin','place','place/harbin');
INSERT INTO link VALUES('meeting/2025-09-sadyr-japarov-cai-qi','sources','source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO link VALUES('meeting/2025-09-sadyr-japarov-cai-qi','place','place/china');
INSERT INTO link VALUES('meeting/2025-09-sadyr-japarov-cai-qi','part_of','meeting/2025-09-sadyr-japarov-working-visit-china');
INSERT INTO link VALUES('meeting/2025-09-sadyr-japarov-cai-qi','participants.person','person/sadyr-japarov');
INSERT INTO link VALUES('meeting/2025-09-sadyr-japarov-cai-qi','participants.person','person/cai-qi');
INSERT INTO link VALUES('meeting/2025-09-sadyr-japarov-cai-qi','organizations','organization/cpc-political-bureau-standing-committee');
INSERT INTO link VALUES('meeting/2025-09-sadyr-japarov-working-visit-china','sources','source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO link VALUES('meeting/2025-09-sadyr-japarov-working-visit-china','place','place/china');
INSERT INTO link VALUES('meeting/2025-09-sadyr-japarov-working-visit-china','participants.person','person/sadyr-japarov');
INSERT INTO link VALUES('meeting/2025-09-war-victory-80th-anniversary-celebrations','sources','source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO link VALUES('meeting/2025-09-war-victory-80th-anniversary-celebrations','place','place/china');
INSERT INTO link VALUES('meeting/2025-09-war-victory-80th-anniversary-celebrations','part_of','meeting/2025-09-sadyr-japarov-working-visit-china');
INSERT INTO link VALUES('meeting/2025-09-war-victory-80th-anniversary-celebrations','participants.person','person/sadyr-japarov');
INSERT INTO link VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan','place','place/jinan');
INSERT INTO link VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan','part_of','meeting/2026-03-edil-baisalov-visit-shandong');
INSERT INTO link VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan','participants.person','person/edil-baisalov');
INSERT INTO link VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan','participants.person','person/lin-wu');
INSERT INTO link VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan','organizations','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan','organizations','organization/cpc-shandong-provincial-committee');
INSERT INTO link VALUES('meeting/2026-03-01-edil-baisalov-lin-wu-jinan','projects','project/kyrgyzstan-sme-production-capacities');
INSERT INTO link VALUES('meeting/2026-03-edil-baisalov-visit-shandong','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('meeting/2026-03-edil-baisalov-visit-shandong','place','place/shandong');
INSERT INTO link VALUES('meeting/2026-03-edil-baisalov-visit-shandong','participants.person','person/edil-baisalov');
INSERT INTO link VALUES('meeting/2026-03-edil-baisalov-visit-shandong','participants.person','person/lin-wu');
INSERT INTO link VALUES('meeting/2026-03-edil-baisalov-visit-shandong','organizations','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('meeting/2026-03-edil-baisalov-visit-shandong','organizations','organization/cpc-shandong-provincial-committee');
INSERT INTO link VALUES('meeting/2026-03-edil-baisalov-visit-shandong','projects','project/kyrgyzstan-sme-production-capacities');
INSERT INTO link VALUES('meeting/2026-03-kyrgyz-delegation-shandong-machinery-enterprises','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('meeting/2026-03-kyrgyz-delegation-shandong-machinery-enterprises','place','place/shandong');
INSERT INTO link VALUES('meeting/2026-03-kyrgyz-delegation-shandong-machinery-enterprises','part_of','meeting/2026-03-edil-baisalov-visit-shandong');
INSERT INTO link VALUES('meeting/2026-03-kyrgyz-delegation-shandong-machinery-enterprises','organizations','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('agreement/2023-05-comprehensive-strategic-partnership-new-era','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('agreement/2023-05-comprehensive-strategic-partnership-new-era','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('agreement/2023-05-comprehensive-strategic-partnership-new-era','parties.party','place/china');
INSERT INTO link VALUES('agreement/2023-05-comprehensive-strategic-partnership-new-era','parties.party','place/kyrgyzstan');
INSERT INTO link VALUES('agreement/2023-05-comprehensive-strategic-partnership-new-era','signed_at','meeting/2023-05-sadyr-japarov-state-visit-china');
INSERT INTO link VALUES('agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('agreement/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-agreements','signed_at','meeting/2023-09-08-shandong-kyrgyzstan-enterprise-cooperation-exchange');
INSERT INTO link VALUES('agreement/2023-09-donge-novopokrovka-friendly-cities','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('agreement/2023-09-donge-novopokrovka-friendly-cities','parties.party','place/donge-county');
INSERT INTO link VALUES('agreement/2023-09-donge-novopokrovka-friendly-cities','parties.party','place/novopokrovka');
INSERT INTO link VALUES('agreement/2023-09-donge-novopokrovka-friendly-cities','signed_at','meeting/2023-09-lin-wu-kanat-jumagaziev');
INSERT INTO link VALUES('agreement/2023-09-liaocheng-issyk-ata-friendly-cities','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('agreement/2023-09-liaocheng-issyk-ata-friendly-cities','parties.party','place/liaocheng');
INSERT INTO link VALUES('agreement/2023-09-liaocheng-issyk-ata-friendly-cities','parties.party','place/issyk-ata-district');
INSERT INTO link VALUES('agreement/2023-09-liaocheng-issyk-ata-friendly-cities','signed_at','meeting/2023-09-lin-wu-kanat-jumagaziev');
INSERT INTO link VALUES('agreement/2023-09-shandong-chuy-friendly-provinces','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('agreement/2023-09-shandong-chuy-friendly-provinces','parties.party','place/shandong');
INSERT INTO link VALUES('agreement/2023-09-shandong-chuy-friendly-provinces','parties.party','place/chuy-region');
INSERT INTO link VALUES('agreement/2023-09-shandong-chuy-friendly-provinces','signed_at','meeting/2023-09-lin-wu-kanat-jumagaziev');
INSERT INTO link VALUES('agreement/2023-09-shenxian-kant-friendly-cities','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('agreement/2023-09-shenxian-kant-friendly-cities','parties.party','place/shenxian-county');
INSERT INTO link VALUES('agreement/2023-09-shenxian-kant-friendly-cities','parties.party','place/kant');
INSERT INTO link VALUES('agreement/2023-09-shenxian-kant-friendly-cities','signed_at','meeting/2023-09-lin-wu-kanat-jumagaziev');
INSERT INTO link VALUES('agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents','parties.party','place/china');
INSERT INTO link VALUES('agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents','parties.party','place/kyrgyzstan');
INSERT INTO link VALUES('agreement/2023-10-25-china-kyrgyzstan-bilateral-cooperation-documents','signed_at','meeting/2023-10-25-li-qiang-akylbek-japarov');
INSERT INTO link VALUES('agreement/2025-02-05-china-kyrgyzstan-cooperation-documents','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('agreement/2025-02-05-china-kyrgyzstan-cooperation-documents','parties.party','place/china');
INSERT INTO link VALUES('agreement/2025-02-05-china-kyrgyzstan-cooperation-documents','parties.party','place/kyrgyzstan');
INSERT INTO link VALUES('agreement/2025-02-05-china-kyrgyzstan-cooperation-documents','signed_at','meeting/2025-02-05-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement','parties.party','place/china');
INSERT INTO link VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement','parties.party','place/kyrgyzstan');
INSERT INTO link VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement','signatories','person/xi-jinping');
INSERT INTO link VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement','signatories','person/sadyr-japarov');
INSERT INTO link VALUES('agreement/2025-02-05-china-kyrgyzstan-joint-statement','signed_at','meeting/2025-02-05-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('agreement/china-kyrgyzstan-mid-long-term-economic-trade-plan','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('agreement/china-kyrgyzstan-mid-long-term-economic-trade-plan','parties.party','place/china');
INSERT INTO link VALUES('agreement/china-kyrgyzstan-mid-long-term-economic-trade-plan','parties.party','place/kyrgyzstan');
INSERT INTO link VALUES('project/china-cultural-center-bishkek','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('project/china-cultural-center-bishkek','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('project/china-cultural-center-bishkek','milestones.source','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('project/china-cultural-center-bishkek','places','place/bishkek');
INSERT INTO link VALUES('project/china-cultural-center-bishkek','partners','place/china');
INSERT INTO link VALUES('project/china-cultural-center-bishkek','partners','place/kyrgyzstan');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','milestones.source','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','milestones.source','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','milestones.source','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','places','place/china');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','places','place/kyrgyzstan');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','places','place/uzbekistan');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','places','place/kashgar');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','places','place/torugart-pass');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','places','place/makmal');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','places','place/jalal-abad');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','places','place/andijan');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','partners','place/china');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','partners','place/kyrgyzstan');
INSERT INTO link VALUES('project/china-kyrgyzstan-uzbekistan-railway','partners','place/uzbekistan');
INSERT INTO link VALUES('project/kyrgyzstan-sme-production-capacities','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('project/kyrgyzstan-sme-production-capacities','milestones.source','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('project/kyrgyzstan-sme-production-capacities','places','place/kyrgyzstan');
INSERT INTO link VALUES('project/kyrgyzstan-sme-production-capacities','partners','place/kyrgyzstan');
INSERT INTO link VALUES('project/kyrgyzstan-sme-production-capacities','partners','place/shandong');
INSERT INTO link VALUES('project/scoda','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('project/scoda','milestones.source','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan','milestones.source','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan','places','place/kyrgyzstan');
INSERT INTO link VALUES('project/shandong-heavy-industry-maintenance-service-center-kyrgyzstan','partners','organization/shandong-heavy-industry');
INSERT INTO link VALUES('project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan','milestones.source','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan','places','place/kyrgyzstan');
INSERT INTO link VALUES('project/zhongtong-ct-medical-vehicle-gift-kyrgyzstan','partners','organization/zhongtong-bus');
INSERT INTO link VALUES('person/akylbek-japarov','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('person/akylbek-japarov','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('person/akylbek-japarov','positions.organization','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('person/cai-qi','sources','source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO link VALUES('person/cai-qi','positions.organization','organization/cpc-political-bureau-standing-committee');
INSERT INTO link VALUES('person/du-dewen','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('person/edil-baisalov','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('person/edil-baisalov','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('person/edil-baisalov','positions.organization','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('person/kanat-jumagaziev','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('person/li-qiang','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('person/lin-wu','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('person/lin-wu','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('person/lin-wu','positions.organization','organization/cpc-shandong-provincial-committee');
INSERT INTO link VALUES('person/mikhail-mishustin','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('person/sadyr-japarov','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('person/sadyr-japarov','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('person/sadyr-japarov','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('person/sadyr-japarov','sources','source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO link VALUES('person/sadyr-japarov','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('person/su-chang','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('person/su-chang','positions.organization','organization/cass-institute-russian-eastern-european-central-asian-studies');
INSERT INTO link VALUES('person/wang-zhuangfei','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('person/wang-zhuangfei','positions.organization','organization/china-daily');
INSERT INTO link VALUES('person/xi-jinping','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('person/zhang-haibo','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('person/zhang-haibo','positions.organization','organization/cpc-shandong-provincial-standing-committee');
INSERT INTO link VALUES('organization/bishkek-mayors-office','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('organization/cass','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('organization/cass-institute-russian-eastern-european-central-asian-studies','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('organization/cass-institute-russian-eastern-european-central-asian-studies','parent','organization/cass');
INSERT INTO link VALUES('organization/china-daily','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('organization/china-foreign-ministry','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('organization/communist-party-of-china','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('organization/communist-party-of-china','sources','source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO link VALUES('organization/cpc-central-committee','sources','source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO link VALUES('organization/cpc-central-committee','parent','organization/communist-party-of-china');
INSERT INTO link VALUES('organization/cpc-political-bureau','sources','source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO link VALUES('organization/cpc-political-bureau','parent','organization/cpc-central-committee');
INSERT INTO link VALUES('organization/cpc-political-bureau-standing-committee','sources','source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO link VALUES('organization/cpc-political-bureau-standing-committee','parent','organization/cpc-political-bureau');
INSERT INTO link VALUES('organization/cpc-shandong-provincial-committee','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('organization/cpc-shandong-provincial-committee','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('organization/cpc-shandong-provincial-committee','parent','organization/communist-party-of-china');
INSERT INTO link VALUES('organization/cpc-shandong-provincial-standing-committee','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('organization/cpc-shandong-provincial-standing-committee','parent','organization/cpc-shandong-provincial-committee');
INSERT INTO link VALUES('organization/kyrgyz-cabinet-of-ministers','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('organization/kyrgyz-cabinet-of-ministers','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('organization/kyrgyz-cabinet-of-ministers','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('organization/kyrgyz-cabinet-press-service','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('organization/kyrgyz-cabinet-press-service','parent','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('organization/kyrgyz-ministry-of-agriculture','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('organization/kyrgyz-ministry-of-agriculture','parent','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('organization/kyrgyz-ministry-of-culture-information-sports-youth-policy','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('organization/kyrgyz-ministry-of-culture-information-sports-youth-policy','parent','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('organization/kyrgyz-ministry-of-economy-and-commerce','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('organization/kyrgyz-ministry-of-economy-and-commerce','parent','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('organization/kyrgyz-ministry-of-energy','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('organization/kyrgyz-ministry-of-energy','parent','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('organization/kyrgyz-ministry-of-natural-resources','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('organization/kyrgyz-ministry-of-natural-resources','parent','organization/kyrgyz-cabinet-of-ministers');
INSERT INTO link VALUES('organization/kyrgyz-president-press-service','sources','source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO link VALUES('organization/sco','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('organization/sco','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('organization/shandong-heavy-industry','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('organization/trend-news-agency','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('organization/zhongtong-bus','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('place/andijan','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('place/andijan','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('place/andijan','parent','place/uzbekistan');
INSERT INTO link VALUES('place/beijing','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('place/beijing','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('place/beijing','parent','place/china');
INSERT INTO link VALUES('place/bishkek','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('place/bishkek','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('place/bishkek','parent','place/kyrgyzstan');
INSERT INTO link VALUES('place/china','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('place/china','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('place/china','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('place/china','sources','source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO link VALUES('place/china','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('place/chuy-region','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('place/chuy-region','parent','place/kyrgyzstan');
INSERT INTO link VALUES('place/donge-county','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('place/donge-county','parent','place/liaocheng');
INSERT INTO link VALUES('place/dushanbe','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('place/dushanbe','parent','place/tajikistan');
INSERT INTO link VALUES('place/harbin','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('place/harbin','parent','place/heilongjiang');
INSERT INTO link VALUES('place/heilongjiang','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('place/heilongjiang','parent','place/china');
INSERT INTO link VALUES('place/issyk-ata-district','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('place/issyk-ata-district','parent','place/chuy-region');
INSERT INTO link VALUES('place/jalal-abad','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('place/jalal-abad','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('place/jalal-abad','parent','place/kyrgyzstan');
INSERT INTO link VALUES('place/jinan','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('place/jinan','parent','place/shandong');
INSERT INTO link VALUES('place/kant','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('place/kant','parent','place/issyk-ata-district');
INSERT INTO link VALUES('place/kashgar','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('place/kashgar','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('place/kashgar','parent','place/xinjiang');
INSERT INTO link VALUES('place/kyrgyzstan','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('place/kyrgyzstan','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('place/kyrgyzstan','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('place/kyrgyzstan','sources','source/2025-09-03-sadyr-japarov-cai-qi');
INSERT INTO link VALUES('place/kyrgyzstan','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('place/liaocheng','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('place/liaocheng','parent','place/shandong');
INSERT INTO link VALUES('place/makmal','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('place/makmal','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('place/makmal','parent','place/kyrgyzstan');
INSERT INTO link VALUES('place/novopokrovka','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('place/novopokrovka','parent','place/issyk-ata-district');
INSERT INTO link VALUES('place/russia','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('place/shandong','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('place/shandong','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('place/shandong','parent','place/china');
INSERT INTO link VALUES('place/shenxian-county','sources','source/shandong-2023-11-23-lin-wu-delegation-kyrgyzstan');
INSERT INTO link VALUES('place/shenxian-county','parent','place/liaocheng');
INSERT INTO link VALUES('place/tajikistan','sources','source/trend-2026-03-02-baisalov-lin-wu-jinan');
INSERT INTO link VALUES('place/torugart-pass','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('place/torugart-pass','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('place/uzbekistan','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('place/uzbekistan','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
INSERT INTO link VALUES('place/xinjiang','sources','source/2023-10-26-li-qiang-official-visit-kyrgyzstan');
INSERT INTO link VALUES('place/xinjiang','parent','place/china');
INSERT INTO link VALUES('figure/china-kyrgyzstan-trade-2024','sources','source/china-daily-2025-02-06-xi-jinping-sadyr-japarov');
CREATE INDEX record_type_date ON record (type, date_first);
CREATE INDEX link_source ON link (source_id);
CREATE INDEX link_target ON link (target_id);
COMMIT;
