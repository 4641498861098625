#!/usr/bin/env python3
"""Generates the four questionnaires of the demonstration data (deploy/demo/questionnaires/README.md).

Run from the repository root: python3 deploy/demo/questionnaires/generate.py

Each instrument's self-assessment checklist, article by article, as the seeds describe the questionnaires/checklist
on the implementation of the Convention and its Protocols and the omnibus self-assessment software with its section
on technical assistance needs: for each article, whether the State has adopted the measures it requires (yes, no,
partly), the legislation cited when it has, for some articles a list or a figure, and the technical assistance the
State needs to implement that article (the TA subtypes of the taxonomy that concern it); then a general part (the
coordinating authority, the difficulties met, other technical assistance, including help with reporting). Every text
in the six UN languages; the article titles are the instruments' own, as in their six authentic texts.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]


def texts(ar, zh, en, fr, ru, es):
    return {"ar": ar, "zh": zh, "en": en, "fr": fr, "ru": ru, "es": es}


TITLES = {
    "UNTOC": texts("قائمة التقييم الذاتي: اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية",
                   "自评清单：联合国打击跨国有组织犯罪公约",
                   "Self-assessment checklist: United Nations Convention against Transnational Organized Crime",
                   "Liste de contrôle pour l'auto-évaluation : Convention des Nations Unies contre la criminalité transnationale organisée",
                   "Контрольный перечень вопросов для самооценки: Конвенция Организации Объединенных Наций против транснациональной организованной преступности",
                   "Lista de verificación para la autoevaluación: Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional"),
    "TIP": texts("قائمة التقييم الذاتي: بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال",
                 "自评清单：关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书",
                 "Self-assessment checklist: Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
                 "Liste de contrôle pour l'auto-évaluation : Protocole visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants",
                 "Контрольный перечень вопросов для самооценки: Протокол о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее",
                 "Lista de verificación para la autoevaluación: Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños"),
    "SOM": texts("قائمة التقييم الذاتي: بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو",
                 "自评清单：关于打击陆、海、空偷运移民的补充议定书",
                 "Self-assessment checklist: Protocol against the Smuggling of Migrants by Land, Sea and Air",
                 "Liste de contrôle pour l'auto-évaluation : Protocole contre le trafic illicite de migrants par terre, air et mer",
                 "Контрольный перечень вопросов для самооценки: Протокол против незаконного ввоза мигрантов по суше, морю и воздуху",
                 "Lista de verificación para la autoevaluación: Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire"),
    "FIREARMS": texts("قائمة التقييم الذاتي: بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوناتها والذخيرة والاتجار بها بصورة غير مشروعة",
                      "自评清单：关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书",
                      "Self-assessment checklist: Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition",
                      "Liste de contrôle pour l'auto-évaluation : Protocole contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, éléments et munitions",
                      "Контрольный перечень вопросов для самооценки: Протокол против незаконного изготовления и оборота огнестрельного оружия, его составных частей и компонентов, а также боеприпасов к нему",
                      "Lista de verificación para la autoevaluación: Protocolo contra la fabricación y el tráfico ilícitos de armas de fuego, sus piezas y componentes y municiones"),
}

# the TA subtypes a State may need for an article, by the kind of obligation the article sets
LEGAL = ["LEGAL.RATIFICATION_ADVICE", "LEGAL.MODEL_LEGISLATION", "LEGAL.DRAFTING", "LEGAL.IMPLEMENTATION_ISSUES",
         "LEGAL.CASEWORK"]
CRIMINALIZATION = LEGAL + ["TRAINING.JUSTICE_OFFICIALS", "TRAINING.LAW_ENFORCEMENT", "STRATEGY.AWARENESS",
                           "STRATEGY.LEGISLATION_DISSEMINATION", "RESOURCES.PUBLICATION"]
COOPERATION = LEGAL + ["COOPERATION.EXPERIENCE_EXCHANGE", "COOPERATION.INFORMATION_SHARING",
                       "COOPERATION.CRIMINAL_MATTERS_TRAINING", "TRAINING.INSTITUTION_BUILDING"]
VICTIMS = LEGAL + ["VICTIMS.IDENTIFICATION_PROTECTION", "VICTIMS.GENERAL_ASSISTANCE",
                   "VICTIMS.INTERNATIONAL_COOPERATION", "TRAINING.LAW_ENFORCEMENT", "RESOURCES.FINANCIAL_SUPPORT"]
BORDERS = LEGAL + ["TRAINING.LAW_ENFORCEMENT", "COOPERATION.INFORMATION_SHARING", "RESOURCES.EQUIPMENT",
                   "TRAINING.INSTITUTION_BUILDING"]


# titles the Protocols share (their articles on criminalization, border measures, documents, information)
CRIMINALIZATION_TITLE = texts("التجريم", "刑事定罪", "Criminalization", "Incrimination", "Криминализация", "Penalización")
BORDER_MEASURES_TITLE = texts("التدابير الحدودية", "边界措施", "Border measures", "Mesures aux frontières",
                              "Меры пограничного контроля", "Medidas fronterizas")
DOCUMENTS_TITLE = texts("أمن الوثائق ومراقبتها", "证件的安全和管制", "Security and control of documents",
                        "Sécurité et contrôle des documents", "Надежность и контроль в отношении документов",
                        "Seguridad y control de los documentos")
INFORMATION_TITLE = texts("المعلومات", "资料", "Information", "Information", "Информация", "Información")


def article(number, title, subtypes, extra=None):
    return {"article": str(number), "title": title, "subtypes": subtypes, "extra": extra}


def choice(code, label):
    return {"code": code, "label": label}


ARTICLES = {
    "UNTOC": [
        article(5, texts("تجريم المشاركة في جماعة إجرامية منظمة", "参加有组织犯罪集团行为的刑事定罪",
                         "Criminalization of participation in an organized criminal group",
                         "Incrimination de la participation à un groupe criminel organisé",
                         "Криминализация участия в организованной преступной группе",
                         "Penalización de la participación en un grupo delictivo organizado"), CRIMINALIZATION),
        article(6, texts("تجريم غسل عائدات الجرائم", "洗钱行为的刑事定罪",
                         "Criminalization of the laundering of proceeds of crime",
                         "Incrimination du blanchiment du produit du crime",
                         "Криминализация отмывания доходов от преступлений",
                         "Penalización del blanqueo del producto del delito"),
                CRIMINALIZATION + ["COOPERATION.INFORMATION_SHARING", "DATA.DATABASE"]),
        article(8, texts("تجريم الفساد", "腐败行为的刑事定罪", "Criminalization of corruption",
                         "Incrimination de la corruption", "Криминализация коррупции", "Penalización de la corrupción"),
                CRIMINALIZATION),
        article(10, texts("مسؤولية الهيئات الاعتبارية", "法人责任", "Liability of legal persons",
                          "Responsabilité des personnes morales", "Ответственность юридических лиц",
                          "Responsabilidad de las personas jurídicas"), LEGAL + ["TRAINING.JUSTICE_OFFICIALS"]),
        article(12, texts("المصادرة والضبط", "没收和扣押", "Confiscation and seizure", "Confiscation et saisie",
                          "Конфискация и арест", "Decomiso e incautación"),
                LEGAL + ["TRAINING.JUSTICE_OFFICIALS", "TRAINING.LAW_ENFORCEMENT",
                         "COOPERATION.CRIMINAL_MATTERS_TRAINING", "DATA.DATABASE"]),
        article(15, texts("الولاية القضائية", "管辖权", "Jurisdiction", "Compétence", "Юрисдикция", "Jurisdicción"),
                LEGAL),
        article(16, texts("تسليم المجرمين", "引渡", "Extradition", "Extradition", "Выдача", "Extradición"),
                COOPERATION + ["COOPERATION.EXTRADITION_LEGAL_BASIS"], {
                    "code": "A16.3", "type": "MULTIPLE_CHOICE",
                    "label": texts("ما هو الأساس القانوني الذي يستند إليه بلدكم في تسليم المجرمين؟",
                                   "贵国依据何种法律基础准予引渡？",
                                   "On what legal basis does your country grant extradition?",
                                   "Sur quelle base juridique votre pays accorde-t-il l'extradition ?",
                                   "На какой правовой основе ваша страна осуществляет выдачу?",
                                   "¿Sobre qué base jurídica concede su país la extradición?"),
                    "choices": [
                        choice("CONVENTION", texts("الاتفاقية نفسها", "本公约本身", "The Convention itself",
                                                   "La Convention elle-même", "Сама Конвенция", "La propia Convención")),
                        choice("TREATIES", texts("معاهدات ثنائية أو متعددة الأطراف", "双边或多边条约",
                                                 "Bilateral or multilateral treaties",
                                                 "Des traités bilatéraux ou multilatéraux",
                                                 "Двусторонние или многосторонние договоры",
                                                 "Tratados bilaterales o multilaterales")),
                        choice("DOMESTIC_LAW", texts("القانون الداخلي، دون معاهدة", "国内法，无需条约",
                                                     "Domestic law, without a treaty", "Le droit interne, sans traité",
                                                     "Внутреннее законодательство, без договора",
                                                     "El derecho interno, sin tratado")),
                        choice("RECIPROCITY", texts("المعاملة بالمثل", "互惠", "Reciprocity", "La réciprocité",
                                                    "Взаимность", "La reciprocidad"))]}),
        article(18, texts("المساعدة القانونية المتبادلة", "司法协助", "Mutual legal assistance", "Entraide judiciaire",
                          "Взаимная правовая помощь", "Asistencia judicial recíproca"),
                COOPERATION + ["DATA.DATABASE"], {
                    "code": "A18.3", "type": "NUMBER", "min": 0, "max": 1000000, "integer": True,
                    "label": texts("كم عدد طلبات المساعدة القانونية المتبادلة التي تلقاها بلدكم في سنة الإبلاغ الأخيرة؟",
                                   "上一个报告年度贵国收到多少项司法协助请求？",
                                   "How many requests for mutual legal assistance did your country receive in the last reporting year?",
                                   "Combien de demandes d'entraide judiciaire votre pays a-t-il reçues au cours de la dernière année considérée ?",
                                   "Сколько просьб о взаимной правовой помощи получила ваша страна за последний отчетный год?",
                                   "¿Cuántas solicitudes de asistencia judicial recíproca recibió su país en el último año del que se informa?")}),
        article(20, texts("أساليب التحري الخاصة", "特殊侦查手段", "Special investigative techniques",
                          "Techniques d'enquête spéciales", "Специальные методы расследования",
                          "Técnicas especiales de investigación"),
                LEGAL + ["TRAINING.LAW_ENFORCEMENT", "RESOURCES.EQUIPMENT", "COOPERATION.EXPERIENCE_EXCHANGE"]),
        article(23, texts("تجريم عرقلة سير العدالة", "妨害司法的刑事定罪", "Criminalization of obstruction of justice",
                          "Incrimination de l'entrave au bon fonctionnement de la justice",
                          "Криминализация воспрепятствования осуществлению правосудия",
                          "Penalización de la obstrucción de la justicia"), CRIMINALIZATION),
        article(24, texts("حماية الشهود", "保护证人", "Protection of witnesses", "Protection des témoins",
                          "Защита свидетелей", "Protección de los testigos"), VICTIMS),
        article(25, texts("مساعدة الضحايا وحمايتهم", "帮助和保护被害人", "Assistance to and protection of victims",
                          "Assistance et protection accordées aux victimes", "Помощь потерпевшим и их защита",
                          "Asistencia y protección a las víctimas"), VICTIMS),
        article(27, texts("التعاون في مجال إنفاذ القانون", "执法合作", "Law enforcement cooperation",
                          "Coopération entre les services de détection et de répression",
                          "Сотрудничество между правоохранительными органами",
                          "Cooperación en materia de cumplimiento de la ley"),
                ["COOPERATION.EXPERIENCE_EXCHANGE", "COOPERATION.INFORMATION_SHARING",
                 "COOPERATION.CRIMINAL_MATTERS_TRAINING", "TRAINING.LAW_ENFORCEMENT", "RESOURCES.EQUIPMENT"]),
        article(28, texts("جمع المعلومات المتعلقة بطبيعة الجريمة المنظمة وتبادلها وتحليلها",
                          "收集、交流和分析关于有组织犯罪的性质的资料",
                          "Collection, exchange and analysis of information on the nature of organized crime",
                          "Collecte, échange et analyse d'informations sur la nature de la criminalité organisée",
                          "Сбор и анализ информации о характере организованной преступности и обмен такой информацией",
                          "Recopilación, intercambio y análisis de información sobre la naturaleza de la delincuencia organizada"),
                ["DATA.DATABASE", "DATA.RESEARCH", "COOPERATION.INFORMATION_SHARING", "RESOURCES.EQUIPMENT"]),
        article(29, texts("التدريب والمساعدة التقنية", "培训和技术援助", "Training and technical assistance",
                          "Formation et assistance technique", "Подготовка кадров и техническая помощь",
                          "Capacitación y asistencia técnica"),
                ["TRAINING.JUSTICE_OFFICIALS", "TRAINING.LAW_ENFORCEMENT", "TRAINING.INSTITUTION_BUILDING",
                 "COOPERATION.CRIMINAL_MATTERS_TRAINING", "RESOURCES.FINANCIAL_SUPPORT", "RESOURCES.EQUIPMENT"]),
        article(31, texts("المنع", "预防", "Prevention", "Prévention", "Предупреждение", "Prevención"),
                ["STRATEGY.NATIONAL_PLAN", "STRATEGY.AWARENESS", "STRATEGY.PARLIAMENTARY_DIALOGUE", "DATA.RESEARCH"]),
    ],
    "TIP": [
        article(5, CRIMINALIZATION_TITLE,
                CRIMINALIZATION),
        article(6, texts("مساعدة ضحايا الاتجار بالأشخاص وحمايتهم", "对人口贩运活动被害人的帮助和保护",
                         "Assistance to and protection of victims of trafficking in persons",
                         "Assistance et protection accordées aux victimes de la traite des personnes",
                         "Помощь жертвам торговли людьми и их защита",
                         "Asistencia y protección a las víctimas de la trata de personas"),
                VICTIMS + ["TRAINING.SOCIAL_SERVICES"], {
                    "code": "A6.3", "type": "MULTIPLE_CHOICE",
                    "label": texts("ما هي المساعدة التي يقدمها بلدكم لضحايا الاتجار بالأشخاص؟",
                                   "贵国向人口贩运活动被害人提供哪些帮助？",
                                   "Which assistance does your country provide to victims of trafficking in persons?",
                                   "Quelle assistance votre pays fournit-il aux victimes de la traite des personnes ?",
                                   "Какую помощь ваша страна оказывает жертвам торговли людьми?",
                                   "¿Qué asistencia presta su país a las víctimas de la trata de personas?"),
                    "choices": [
                        choice("HOUSING", texts("السكن اللائق", "适当的住房", "Appropriate housing",
                                                "Un logement convenable", "Надлежащее жилье", "Alojamiento adecuado")),
                        choice("COUNSELLING", texts("المشورة والمعلومات بشأن حقوقهم القانونية",
                                                    "咨询和关于其法律权利的信息",
                                                    "Counselling and information on their legal rights",
                                                    "Des conseils et des informations sur leurs droits",
                                                    "Консультирование и информирование об их законных правах",
                                                    "Asesoramiento e información sobre sus derechos jurídicos")),
                        choice("MEDICAL", texts("المساعدة الطبية والنفسانية والمادية", "医疗、心理和物质援助",
                                                "Medical, psychological and material assistance",
                                                "Une assistance médicale, psychologique et matérielle",
                                                "Медицинская, психологическая и материальная помощь",
                                                "Asistencia médica, sicológica y material")),
                        choice("EMPLOYMENT", texts("فرص العمل والتعليم والتدريب", "就业、教育和培训机会",
                                                   "Employment, educational and training opportunities",
                                                   "Des possibilités d'emploi, d'éducation et de formation",
                                                   "Возможности в области трудоустройства, образования и профессиональной подготовки",
                                                   "Oportunidades de empleo, educación y capacitación"))]}),
        article(7, texts("وضع ضحايا الاتجار بالأشخاص في الدول المستقبلة", "人口贩运活动被害人在接收国的地位",
                         "Status of victims of trafficking in persons in receiving States",
                         "Statut des victimes de la traite des personnes dans les États d'accueil",
                         "Статус жертв торговли людьми в принимающих государствах",
                         "Régimen aplicable a las víctimas de la trata de personas en el Estado receptor"), LEGAL),
        article(8, texts("إعادة ضحايا الاتجار بالأشخاص إلى أوطانهم", "人口贩运活动被害人的遣返",
                         "Repatriation of victims of trafficking in persons",
                         "Rapatriement des victimes de la traite des personnes",
                         "Репатриация жертв торговли людьми",
                         "Repatriación de las víctimas de la trata de personas"),
                VICTIMS + ["VICTIMS.RETURN", "COOPERATION.INFORMATION_SHARING"]),
        article(9, texts("منع الاتجار بالأشخاص", "预防人口贩运", "Prevention of trafficking in persons",
                         "Prévention de la traite des personnes", "Предупреждение торговли людьми",
                         "Prevención de la trata de personas"),
                ["STRATEGY.NATIONAL_PLAN", "STRATEGY.AWARENESS", "STRATEGY.PARLIAMENTARY_DIALOGUE", "DATA.RESEARCH",
                 "TRAINING.INSTITUTION_BUILDING"]),
        article(10, texts("تبادل المعلومات والتدريب", "信息交流和培训", "Information exchange and training",
                          "Échange d'informations et formation", "Обмен информацией и подготовка кадров",
                          "Intercambio de información y capacitación"),
                ["COOPERATION.INFORMATION_SHARING", "COOPERATION.EXPERIENCE_EXCHANGE", "DATA.DATABASE",
                 "DATA.RESEARCH", "TRAINING.JUSTICE_OFFICIALS", "TRAINING.LAW_ENFORCEMENT",
                 "TRAINING.SOCIAL_SERVICES", "TRAINING.INSTITUTION_BUILDING"]),
        article(11, BORDER_MEASURES_TITLE, BORDERS),
        article(12, DOCUMENTS_TITLE, BORDERS),
    ],
    "SOM": [
        article(6, CRIMINALIZATION_TITLE,
                CRIMINALIZATION + ["STRATEGY.PARLIAMENTARY_DIALOGUE"]),
        article(8, texts("التدابير المتخذة لمكافحة تهريب المهاجرين عن طريق البحر", "打击海上偷运移民的措施",
                         "Measures against the smuggling of migrants by sea",
                         "Mesures contre le trafic illicite de migrants par mer",
                         "Меры по борьбе с незаконным ввозом мигрантов по морю",
                         "Medidas contra el tráfico ilícito de migrantes por mar"),
                LEGAL + ["COOPERATION.INFORMATION_SHARING", "TRAINING.LAW_ENFORCEMENT", "RESOURCES.EQUIPMENT"]),
        article(10, INFORMATION_TITLE,
                ["COOPERATION.INFORMATION_SHARING", "COOPERATION.EXPERIENCE_EXCHANGE", "DATA.DATABASE",
                 "DATA.RESEARCH"]),
        article(11, BORDER_MEASURES_TITLE, BORDERS),
        article(12, DOCUMENTS_TITLE, BORDERS),
        article(14, texts("التدريب والتعاون التقني", "培训和技术合作", "Training and technical cooperation",
                          "Formation et coopération technique", "Подготовка кадров и техническое сотрудничество",
                          "Capacitación y cooperación técnica"),
                ["TRAINING.JUSTICE_OFFICIALS", "TRAINING.LAW_ENFORCEMENT", "TRAINING.INSTITUTION_BUILDING",
                 "COOPERATION.EXPERIENCE_EXCHANGE", "COOPERATION.CRIMINAL_MATTERS_TRAINING",
                 "RESOURCES.FINANCIAL_SUPPORT", "RESOURCES.EQUIPMENT"]),
        article(16, texts("تدابير الحماية والمساعدة", "保护和援助措施", "Protection and assistance measures",
                          "Mesures de protection et d'assistance", "Меры защиты и помощи",
                          "Medidas de protección y asistencia"), VICTIMS),
        article(18, texts("إعادة المهاجرين المهربين", "被偷运移民的返还", "Return of smuggled migrants",
                          "Retour des migrants objet d'un trafic illicite", "Возвращение незаконно ввезенных мигрантов",
                          "Repatriación de los migrantes objeto de tráfico ilícito"),
                LEGAL + ["VICTIMS.INTERNATIONAL_COOPERATION", "COOPERATION.INFORMATION_SHARING",
                         "RESOURCES.FINANCIAL_SUPPORT"]),
    ],
    "FIREARMS": [
        article(5, CRIMINALIZATION_TITLE,
                CRIMINALIZATION),
        article(6, texts("المصادرة والضبط والتصرف", "没收、扣押和处置", "Confiscation, seizure and disposal",
                         "Confiscation, saisie et disposition", "Конфискация, арест и уничтожение",
                         "Decomiso, incautación y disposición"),
                LEGAL + ["TRAINING.LAW_ENFORCEMENT", "RESOURCES.EQUIPMENT", "COOPERATION.EXPERIENCE_EXCHANGE"]),
        article(7, texts("حفظ السجلات", "记录的保存", "Record-keeping", "Conservation des informations",
                         "Хранение информации", "Registros"),
                LEGAL + ["DATA.DATABASE", "RESOURCES.EQUIPMENT", "TRAINING.INSTITUTION_BUILDING"]),
        article(8, texts("وسم الأسلحة النارية", "枪支的标识", "Marking of firearms", "Marquage des armes à feu",
                         "Маркировка огнестрельного оружия", "Marcación de las armas de fuego"),
                LEGAL + ["TRAINING.FIREARMS_MARKING", "RESOURCES.EQUIPMENT", "COOPERATION.EXPERIENCE_EXCHANGE"], {
                    "code": "A8.3", "type": "MULTIPLE_CHOICE",
                    "label": texts("متى توسم الأسلحة النارية في بلدكم؟", "贵国在何时对枪支进行标识？",
                                   "When are firearms marked in your country?",
                                   "À quel moment les armes à feu sont-elles marquées dans votre pays ?",
                                   "Когда в вашей стране производится маркировка огнестрельного оружия?",
                                   "¿En qué momento se marcan las armas de fuego en su país?"),
                    "choices": [
                        choice("MANUFACTURE", texts("عند الصنع", "制造时", "At manufacture", "Lors de la fabrication",
                                                    "При изготовлении", "En el momento de la fabricación")),
                        choice("IMPORT", texts("عند الاستيراد", "进口时", "At import", "Lors de l'importation",
                                               "При импорте", "En el momento de la importación")),
                        choice("TRANSFER", texts("عند نقلها من مخزونات الحكومة إلى الاستخدام المدني الدائم",
                                                 "从政府库存转为永久性民用时",
                                                 "On transfer from government stocks to permanent civilian use",
                                                 "Lors du transfert des stocks de l'État en vue d'une utilisation civile permanente",
                                                 "При передаче из государственных запасов для постоянного гражданского использования",
                                                 "Al transferirse de las existencias estatales a la utilización civil permanente"))]}),
        article(9, texts("تعطيل الأسلحة النارية", "枪支的停用", "Deactivation of firearms",
                         "Neutralisation des armes à feu", "Приведение в негодность огнестрельного оружия",
                         "Desactivación de las armas de fuego"), LEGAL + ["RESOURCES.EQUIPMENT"]),
        article(10, texts("الشروط العامة لنظم الترخيص أو الإذن بالتصدير والاستيراد والعبور",
                          "对出口、进口和过境许可证或授权制度的一般要求",
                          "General requirements for export, import and transit licensing or authorization systems",
                          "Obligations générales concernant les systèmes de licences ou d'autorisations d'exportation, d'importation et de transit",
                          "Общие требования в отношении систем лицензирования или выдачи разрешений на экспорт, импорт и транзит",
                          "Requisitos generales para sistemas de licencias o autorizaciones de exportación, importación y tránsito"),
                LEGAL + ["TRAINING.INSTITUTION_BUILDING", "COOPERATION.INFORMATION_SHARING", "DATA.DATABASE"]),
        article(11, texts("التدابير الأمنية والوقائية", "安全和预防措施", "Security and preventive measures",
                          "Mesures de sécurité et de prévention", "Меры по обеспечению безопасности и предупреждению",
                          "Medidas de seguridad y prevención"),
                ["STRATEGY.NATIONAL_PLAN", "STRATEGY.AWARENESS", "RESOURCES.EQUIPMENT", "TRAINING.LAW_ENFORCEMENT"]),
        article(12, INFORMATION_TITLE,
                ["COOPERATION.INFORMATION_SHARING", "COOPERATION.EXPERIENCE_EXCHANGE", "DATA.DATABASE",
                 "DATA.RESEARCH"]),
        article(15, texts("السماسرة والسمسرة", "经纪人和经纪活动", "Brokers and brokering", "Courtiers et courtage",
                          "Брокеры и брокерская деятельность", "Corredores y corretaje"), LEGAL),
    ],
}

SECTION_TITLE = texts("المادة {n}. {t}", "第{n}条 {t}", "Article {n}. {t}", "Article {n}. {t}", "Статья {n}. {t}",
                      "Artículo {n}. {t}")
MEASURES = texts("هل اعتمد بلدكم التدابير التشريعية وغيرها من التدابير التي تقتضيها المادة {n}؟",
                 "贵国是否已采取第{n}条要求的立法和其他措施？",
                 "Has your country adopted the legislative and other measures that article {n} requires?",
                 "Votre pays a-t-il adopté les mesures législatives et autres que requiert l'article {n} ?",
                 "Приняла ли ваша страна законодательные и другие меры, которых требует статья {n}?",
                 "¿Ha adoptado su país las medidas legislativas y de otra índole que exige el artículo {n}?")
CITATION = texts("يرجى ذكر التشريعات التي تنفذ المادة {n} (العنوان والمواد وتاريخ بدء النفاذ)؛ وإذا كان الجواب \"جزئيا\"، يرجى بيان ما لا يزال ناقصا.",
                 "请列出执行第{n}条的立法（名称、条款、生效日期）；如回答为“部分”，请说明尚缺少哪些内容。",
                 "Cite the legislation that implements article {n} (title, articles, date of entry into force); if the answer is partly, say what is still missing.",
                 "Citez la législation qui applique l'article {n} (titre, articles, date d'entrée en vigueur) ; si la réponse est « en partie », précisez ce qui manque encore.",
                 "Укажите законодательство, обеспечивающее осуществление статьи {n} (название, статьи, дата вступления в силу); если ответ «частично», укажите, чего еще не хватает.",
                 "Cite la legislación que aplica el artículo {n} (título, artículos, fecha de entrada en vigor); si la respuesta es «en parte», indique lo que falta todavía.")
NEEDS = texts("ما هي المساعدة التقنية التي يحتاجها بلدكم لتنفيذ المادة {n}؟",
              "贵国在执行第{n}条方面需要哪些技术援助？",
              "What technical assistance does your country need to implement article {n}?",
              "De quelle assistance technique votre pays a-t-il besoin pour appliquer l'article {n} ?",
              "Какая техническая помощь необходима вашей стране для осуществления статьи {n}?",
              "¿Qué asistencia técnica necesita su país para aplicar el artículo {n}?")
GENERAL = {
    "code": "G",
    "title": texts("معلومات عامة ومساعدة تقنية أخرى", "一般资料和其他技术援助",
                   "General information and other technical assistance",
                   "Informations générales et autre assistance technique",
                   "Общая информация и другая техническая помощь", "Información general y otra asistencia técnica"),
    "questions": [
        {"code": "G.1", "type": "SINGLE_CHOICE", "required": True,
         "label": texts("ما هي السلطة التي تنسق التنفيذ؟", "哪个机关协调执行工作？",
                        "Which authority coordinates implementation?", "Quelle autorité coordonne la mise en œuvre ?",
                        "Какой орган координирует осуществление?", "¿Qué autoridad coordina la aplicación?"),
         "choices": [
             choice("MINISTRY_OF_JUSTICE", texts("وزارة العدل", "司法部", "Ministry of Justice",
                                                 "Ministère de la justice", "Министерство юстиции",
                                                 "Ministerio de Justicia")),
             choice("MINISTRY_OF_INTERIOR", texts("وزارة الداخلية", "内政部", "Ministry of the Interior",
                                                  "Ministère de l'intérieur", "Министерство внутренних дел",
                                                  "Ministerio del Interior")),
             choice("INTERAGENCY_BODY", texts("هيئة مشتركة بين الوكالات", "机构间机构", "An inter-agency body",
                                              "Un organe interinstitutionnel", "Межведомственный орган",
                                              "Un órgano interinstitucional"))]},
        {"code": "G.2", "type": "TEXT", "maxLength": 4000,
         "label": texts("صفوا الصعوبات الرئيسية في التنفيذ.", "请说明执行方面的主要困难。",
                        "Describe the main difficulties in implementation.",
                        "Décrivez les principales difficultés de mise en œuvre.",
                        "Опишите основные трудности в осуществлении.",
                        "Describa las principales dificultades de aplicación.")},
        {"code": "G.TA", "type": "NEEDS",
         "label": texts("ما هي المساعدة التقنية الأخرى التي يحتاجها بلدكم، بما في ذلك لتقديم التقارير عن تنفيذ الصك؟",
                        "贵国还需要哪些其他技术援助，包括在报告该文书执行情况方面？",
                        "What other technical assistance does your country need, including to report on the implementation of the instrument?",
                        "De quelle autre assistance technique votre pays a-t-il besoin, y compris pour faire rapport sur l'application de l'instrument ?",
                        "Какая другая техническая помощь необходима вашей стране, в том числе для представления информации об осуществлении документа?",
                        "¿Qué otra asistencia técnica necesita su país, incluso para informar sobre la aplicación del instrumento?")},
    ],
}


def fill(template, **values):
    return {language: text.format(**values) for language, text in template.items()}


def section(entry):
    n = entry["article"]
    code = "A" + n
    questions = [
        {"code": code + ".1", "type": "YES_NO_PARTLY", "required": True, "article": n, "label": fill(MEASURES, n=n)},
        {"code": code + ".2", "type": "TEXT", "article": n, "maxLength": 4000, "label": fill(CITATION, n=n),
         "requiredWhen": {"question": code + ".1", "answers": ["YES", "PARTLY"]}},
    ]
    if entry["extra"]:
        questions.append(dict(entry["extra"], article=n))
    questions.append({"code": code + ".TA", "type": "NEEDS", "article": n, "label": fill(NEEDS, n=n),
                      "taSubtypes": sorted(set(entry["subtypes"]))})
    title = {language: SECTION_TITLE[language].format(n=n, t=entry["title"][language]) for language in LANGUAGES}
    return {"code": code, "title": title, "article": n, "questions": questions}


def questionnaire(instrument):
    return {"format": "ta-platform.questionnaire/1", "instrument": instrument, "title": TITLES[instrument],
            "sections": [section(entry) for entry in ARTICLES[instrument]] + [GENERAL]}


if __name__ == "__main__":
    for instrument in ARTICLES:
        document = questionnaire(instrument)
        for part in document["sections"]:
            for question in part["questions"]:
                assert set(question["label"]) == set(LANGUAGES), question["code"]
        (HERE / (instrument + ".json")).write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n")
        print(instrument, len(document["sections"]) - 1, "articles,",
              sum(len(s["questions"]) for s in document["sections"]), "questions")
