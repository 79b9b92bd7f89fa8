# review: machine-drafted
# Russian — Русский. Machine-drafted: a native Russian speaker must review this file before it is marked reviewed ("# review: reviewed").
# Кто это читает: люди, которых держат в мошеннических комплексах; им страшно,
# телефон могут проверять начальники.
#   • Короткие предложения, простые слова, одна мысль в строке.
#   • Первая строка каждого сообщения должна быть безобидной в уведомлении:
#     никаких слов «торговля людьми», «спасение», «побег», «полиция».
#   • Текст кнопки — не больше 40 символов.
#   • Никогда не обещать спасение или сроки.
# Правила для ключей — в начале locales/en.ftl.

## Язык и быстрый выход (src/i18n, src/safety)

language-name = Русский
# Любое из этих слов, отправленное отдельным сообщением, стирает чат. Через запятую.
exit-words = выход, стоп

## Движок вопросов (src/flow/engine)

btn-done = Готово
btn-change = Изменить
selected-mark = ✓
reask-use-buttons = Пожалуйста, нажмите одну из кнопок выше.
reask-too-long = Это сообщение немного длинное. Пожалуйста, напишите не больше { $max } знаков.
reask-not-a-number = Пожалуйста, напишите только число, например 5000.
reask-out-of-range = Пожалуйста, напишите число от { $min } до { $max }.
reask-unsupported = Извините, такое сообщение мы не можем прочитать. Пожалуйста, нажмите кнопку или напишите пару слов.
reask-stale-button = Эта кнопка от прошлого вопроса. Пожалуйста, ответьте на последний.
reask-empty = Ответа пока нет. Выберите хотя бы один вариант или напишите пару слов.
summary-title = Ваши ответы:
summary-unknown = точно не знаю
summary-skipped = без ответа
summary-pick-change = Какой ответ вы хотите изменить?

## Общие кнопки и строки

opt-no = Нет
opt-dont-know = Не знаю
opt-skip = Пропустить
opt-prefer-not = Не хочу говорить
opt-other-country = Другая страна
hint-choose-all = Можно выбрать несколько. Потом нажмите «Готово».

## Для того, кто пишет (src/bot, src/flow/service.ts)

welcome =
    Здравствуйте. Это личный чат.
    Мы небольшая команда. Мы помогаем людям, которые не могут уйти с работы или из места, где их держат. Ниже можно выбрать язык.
    Чтобы стереть этот чат, отправьте одно слово: выход
    Сообщения старше 2 дней исчезнут, только если вы сами удалите чат.
language-pick = На каком языке вам удобнее писать?
help-text =
    Здравствуйте. Вот что можно отправить:
    /new — начать вопросы заново
    /ref — показать ваш номер на одну минуту
    /language — сменить язык
    /discreet — удалять каждый вопрос после ответа (вкл. или выкл.)
    /erase — удалить ваши ответы и этот чат
    выход — стереть этот чат (за последние 2 дня)
erase-done = Готово. Ваши ответы удалены. Сообщения старше 2 дней исчезнут, только если вы сами удалите чат.
discreet-on = Хорошо. Теперь каждый вопрос и ваш ответ будут удаляться сразу после ответа.
discreet-off = Хорошо. Теперь вопросы и ответы останутся в чате. Чтобы снова их удалять, отправьте /discreet.
error-try-again = Извините, у нас что-то пошло не так. Пожалуйста, отправьте это ещё раз чуть позже.
error-delay = Извините, у нас небольшая задержка. Ваше сообщение не потеряется: отправлять его ещё раз не нужно.
flow-restarted = Извините, наши вопросы изменились, пока вы отвечали, поэтому нужно начать заново с первого вопроса. Нашей команде пока ничего не отправлено.
flood-notice = Пожалуйста, чуть медленнее. Подождите несколько секунд и продолжайте.
case-open-info = Спасибо, всё получено. Вы можете писать сюда в любое время.

## Вопросы (flows/triage.yaml)

q-safe-now = Здравствуйте. Вам сейчас удобно написать несколько сообщений?
hint-safe-now = Продолжайте, только если никто не видит ваш телефон. Остановиться можно в любой момент.
opt-safe-now-yes = Да, могу писать сейчас
opt-safe-now-not-now = Не сейчас

end-later =
    Хорошо. Когда будет удобно, напишите сюда любое сообщение, и мы начнём заново.
    Чтобы стереть этот чат, отправьте одно слово: выход
    Сообщения старше 2 дней исчезнут, только если вы сами удалите чат.

q-danger = Что-то из этого происходит с вами сейчас?
opt-danger-hurt-now = Мне сейчас делают больно
opt-danger-injured = У меня травма
opt-danger-doctor = Мне нужен врач
opt-danger-self-harm = Думаю о том, чтобы навредить себе
opt-danger-none = Ничего из этого

q-self-harm-note =
    Спасибо, что рассказали нам.
    Ваши чувства важны, и вы не одни. Живой человек из нашей команды первым прочитает ваши ответы.
    Вы можете написать нам в любое время, и после этих вопросов тоже.

q-country = В какой стране вы сейчас?

q-province = В какой провинции или городе?
hint-province = Нажмите на одно название. Если его нет в списке, напишите его сами.

q-compound = Вы знаете, как называется комплекс или здание?
hint-compound = Нажмите на одно название или напишите то, что слышали. Название компании тоже поможет.

q-location = Можете отправить свою геолокацию?
hint-location =
    Метка геолокации точно показывает, где находится этот телефон.
    Отправляйте, только если никто не видит ваш телефон. Если не уверены, нажмите «Пропустить».

q-surroundings = Что вы видите вокруг?
hint-surroundings = Например: море, реку, казино, вывеску, магазин, высокие дома, на каком вы этаже. Названия, которые вы слышали, тоже помогут. Или нажмите «Пропустить».

q-situation = Что из этого сейчас верно для вас?
hint-more-details = Спасибо. Подробности пригодятся, но вы можете остановиться в любой момент.
opt-situation-inside = Я внутри комплекса
opt-situation-escaped = Мне удалось уйти оттуда
opt-situation-moved = Меня перевезли в другое место
opt-situation-other = Другое

q-passport = Где ваш паспорт?
opt-passport-with-me = У меня
opt-passport-taken = Забрал босс или компания
opt-passport-lost = Потерялся

q-phone = Чей это телефон?
opt-phone-own = Мой личный телефон
opt-phone-company = Мне его дала компания

q-restraint = Можете ли вы уйти оттуда, если захотите?
opt-restraint-free = Да, могу уйти
opt-restraint-guarded = Нет, там охрана
opt-restraint-locked-in = Нет, меня заперли
opt-restraint-tied = Меня связали или держат на цепи

q-violence = Было ли с вами там что-то из этого?
opt-violence-beaten = Били или пинали
opt-violence-shocks = Били током
opt-violence-threats = Угрожали мне или семье
opt-violence-sold = Говорят, что продадут меня
opt-violence-sexual = Сексуальное насилие
opt-violence-food-sleep = Не давали есть или спать
opt-violence-long-hours = Заставляли работать очень долго
opt-violence-unpaid = Не платили зарплату
opt-violence-false-job = Работа не та, что обещали
opt-violence-none = Ничего из этого

q-money = Требуют ли с вас деньги, чтобы отпустить?
opt-money-ransom = Да, деньги, чтобы отпустили
opt-money-debt = Да, говорят, что за мной «долг»

q-amount = Сколько они хотят, в долларах США?
hint-amount = Напишите только число, например 8000. Можно примерно.

q-nationality = Какое у вас гражданство?

q-minor = Вам меньше 18 лет?
opt-minor-yes = Да, мне меньше 18
opt-minor-no = Нет, мне 18 или больше

q-others = Сколько ещё людей с вами в таком же положении?
hint-others = Можно примерно. Если вы там один или одна, напишите 0.

q-contact = Когда нам безопасно вам писать?
opt-contact-i-write-first = Только после моего сообщения
opt-contact-hours = Только в определённое время
opt-contact-any-time = В любое время

q-hours = В какое время обычно безопасно?
hint-hours = По вашему местному времени. Можно выбрать несколько. Потом нажмите «Готово».
opt-hours-early = Рано утром (5–8)
opt-hours-morning = Утром (8–12)
opt-hours-midday = Днём (12–14)
opt-hours-evening = Вечером (18–22)
opt-hours-late-night = Поздно ночью (22–3)
opt-hours-daytime = Днём (8–18)
opt-hours-night = Ночью (20–6)

q-consent = С кем нам можно поделиться вашими ответами?
hint-consent = Это люди, которые могут помочь вам выбраться и вернуться домой. Мы передаём только то, что им нужно. Позже вы можете передумать.
opt-consent-embassy-ngo = Посольство и организация помощи
opt-consent-ngo-only = Только организация помощи
opt-consent-embassy-only = Только моё посольство
opt-consent-hotline-only = Никому, только вам

q-notes = Хотите ещё что-то нам рассказать?

q-summary = Пожалуйста, проверьте свои ответы.
opt-summary-send = Да, отправить
opt-summary-change = Изменить ответ

end-sent = Спасибо, всё получено.

## Номер обращения (бот отправляет после end-sent)

case-reference = Ваш номер: { $ref }. Если напишете нам снова, можете назвать его.

## Короткие названия ответов (итог, кнопки изменения, карточки)

field-safe-now = Можно ли писать
field-danger = Опасность сейчас
field-country = Страна
field-province = Провинция или город
field-compound = Комплекс или здание
field-location = Геолокация
field-surroundings = Что вокруг
field-situation = Где вы сейчас
field-passport = Паспорт
field-phone = Телефон
field-restraint = Можно ли уйти
field-violence = Насилие и угрозы
field-ransom = Требуют деньги
field-ransom-amount = Сумма
field-nationality = Гражданство
field-minor = Младше 18
field-others-count = Другие люди с вами
field-contact-window = Когда вам писать
field-contact-hours = Безопасное время
field-consent = Кому можно сказать
field-notes = Что-то ещё

## desk
# Стол координаторов (src/desk, src/triage/render.ts). Показывается в группе
# координаторов на языке COORDINATOR_LOCALE, кроме desk-relay-prefix,
# desk-person-ack и desk-person-text-only — их читает сам ЧЕЛОВЕК.

desk-tier-critical = КРИТИЧНО
desk-tier-high = ВЫСОКИЙ
desk-tier-normal = ОБЫЧНЫЙ
desk-card-ref = Дело { $ref }
desk-card-possible-repeat = ⚠️ Возможен повтор: выше может быть более ранняя карточка этого дела; используйте новую.
desk-card-language = язык: { $lang }
desk-age-now = только что
desk-age-minutes = { $n } мин назад
desk-age-hours = { $n } ч назад
desk-age-days = { $n } дн. назад
desk-status-open = Открыто · пока никто не взял
desk-status-claimed = Ведёт: { $name }
desk-status-resolved = Закрыто: { $outcome }
desk-status-withdrawn = Отозвано самим человеком
desk-card-withdrawn = Человек отозвал дело { $ref }. Его ответы удалены.
desk-escalated = Эскалация: { $reason }
desk-outcome-rescued = Спасён(а)
desk-outcome-referred-embassy = Передано в посольство
desk-outcome-referred-ngo = Передано в НКО
desk-outcome-referred-police = Передано в полицию
desk-outcome-unreachable = Нет связи
desk-outcome-duplicate = Дубликат
desk-outcome-withdrawn = Человек отозвал обращение
desk-escalate-worse-now = Стало хуже
desk-escalate-minor-confirmed = Несовершеннолетие подтверждено
desk-escalate-medical = Нужна медпомощь
desk-escalate-moved-sold = Перевезли или продали
desk-escalate-other = Другая причина
desk-unknown = неизвестно
desk-none = нет
desk-field-where = Где
desk-field-pin = Метка
desk-osm-link = карта
desk-nearest = ближайший известный комплекс: { $name } ({ $km } км)
desk-compound-reports = Сообщение № { $n } из этого комплекса за { $days } дн.
desk-dashboard-link = Ссылка для входа в панель: одноразовая, действует { $minutes } мин. Не пересылайте её.
desk-dashboard-sent = Ссылка для входа отправлена вам в личный чат.
desk-dashboard-no-private = Сначала откройте личный чат с ботом, затем снова отправьте /dashboard.
desk-field-surroundings = Что вокруг
desk-field-situation = Положение
desk-field-danger = Опасность сейчас
desk-field-passport = Паспорт
desk-field-phone = Телефон
desk-field-restraint = Может уйти
desk-field-violence = Насилие
desk-field-ransom = Требуют деньги
desk-amount-usd = { $amount } долл. США
desk-field-nationality = Гражданство
desk-field-minor = Младше 18
desk-field-others = Другие люди рядом
desk-field-indicators = Признаки принудительного труда
desk-field-contact = Безопасная связь
desk-field-consent = Согласие на передачу
desk-field-notes = Заметки
desk-field-other-answers = Другие ответы
flag-minor = несовершеннолетний
flag-injured = травма
flag-needs-medical = нужен врач
flag-in-danger-now = в опасности сейчас
flag-self-harm-risk = риск самоповреждения
flag-physically-restrained = связан или на цепи
flag-locked-in = заперт
flag-guarded = под охраной
flag-passport-retained = паспорт отобран
flag-electric-shocks = удары током
flag-beaten = избиения
flag-sexual-abuse = сексуальное насилие
flag-threatened = угрозы
flag-threat-of-sale = угроза продажи
flag-ransom-demanded = требуют выкуп
flag-debt-demanded = требуют «долг»
flag-food-sleep-withheld = лишают еды или сна
indicator-abuse-of-vulnerability = злоупотребление уязвимостью
indicator-restriction-of-movement = ограничение свободы передвижения
indicator-isolation = изоляция
indicator-physical-and-sexual-violence = физическое и сексуальное насилие
indicator-intimidation-and-threats = запугивание и угрозы
indicator-retention-of-identity-documents = удержание документов, удостоверяющих личность
indicator-withholding-of-wages = удержание заработной платы
indicator-debt-bondage = долговая кабала
indicator-abusive-working-and-living-conditions = жестокие условия труда и жизни
indicator-excessive-overtime = чрезмерная сверхурочная работа
desk-btn-claim = ✋ Взять
desk-btn-release = ↩️ Вернуть в очередь
desk-btn-escalate = ⬆️ Эскалировать
desk-btn-resolve = ✅ Закрыть
desk-btn-back = ← Назад
desk-ans-claimed = Взято. Теперь это ваше дело.
desk-ans-released = Возвращено в очередь.
desk-ans-escalated = Эскалировано.
desk-ans-resolved = Закрыто.
desk-refused-not-allowed = Это могут делать только координаторы из списка допуска.
desk-refused-expired = Срок действия кнопки истёк. Карточка обновлена.
desk-refused-stale = Карточка устарела. Она обновлена, посмотрите ещё раз.
desk-refused-illegal = В текущем состоянии дела это невозможно.
desk-refused-not-owner = Это может сделать только координатор, который взял дело.
desk-refused-not-found = Этого дела больше нет.
desk-queue-title = Открытые дела ({ $count }), самые срочные сверху:
desk-queue-empty = Открытых дел нет.
desk-list-more = … есть ещё открытые дела; возьмите или закройте часть из них, чтобы увидеть остальные.
desk-mine-title = Ваши дела в работе ({ $count }):
desk-mine-empty = У вас нет дел в работе.
desk-case-usage = Как использовать: /case НОМЕР (например, /case ABCD-1234)
desk-case-unknown = Дела { $ref } нет.
desk-reply-usage = Как использовать: /reply НОМЕР текст — или ответьте на карточку дела.
desk-relay-delivered = Доставлено человеку по делу { $ref }.
desk-relay-held = Отложено: у человека сейчас закрыто безопасное окно для связи. Сообщение уйдёт, когда оно откроется.
desk-relay-not-claimed = Сначала возьмите дело { $ref }, потом пишите человеку.
desk-relay-not-owner = Писать человеку по делу { $ref } может только координатор, который взял это дело.
desk-relay-text-only = Человеку можно передать только текст. Напишите это обычным сообщением.
desk-relay-blocked = Не доставлено: человек по делу { $ref } заблокировал этот чат или удалил свой аккаунт.
desk-held-delivered = Отложенные сообщения доставлены человеку по делу { $ref }: { $count }.
desk-held-dropped-refused = Отложенные сообщения для человека по делу { $ref } отброшены ({ $count }): Telegram их не принял. Пожалуйста, напишите их снова.
desk-relay-partial = Не всё ваше сообщение дошло до человека по делу { $ref }: отправлено частей { $sent } из { $total }, затем Telegram отказал. Пожалуйста, отправьте остальное снова.
desk-held-dropped-blocked = Отложенные сообщения человеку по делу { $ref } удалены: { $count }. Он заблокировал этот чат или удалил свой аккаунт.
desk-from-person = { $ref } · человек [{ $lang }]:
desk-still-unclaimed = ⏰ Всё ещё никто не взял: { $ref } (критично, подано { $age })
desk-digest-title = 📋 Много новых дел сразу. По строке на дело, пока не придёт его карточка; нажмите на дело, чтобы показать карточку сейчас.
desk-digest-card-below = карточка ниже
desk-digest-ans-posted = Карточка дела показана ниже.
desk-digest-ans-below = Карточка дела уже есть в чате.
desk-digest-ans-coming = Карточка дела отправляется.
desk-person-exited = Дело { $ref }: человек воспользовался быстрым выходом, чат очищен. Возможно, кто-то просматривает его телефон. Сообщения ему будут ждать, пока он не напишет снова.
desk-relay-prefix = Сообщение от команды:
desk-person-ack = Спасибо, всё получено.
desk-person-text-only = Пожалуйста, напишите сообщение текстом.

## Cards at a glance: safe hours in both zones, who holds a case
indicator-deception = обман
desk-contact-waits = ответы ждут, пока человек напишет
desk-contact-open-now = сейчас можно
desk-contact-opens-minutes = можно через { $n } мин
desk-contact-opens-hours = можно через { $n } ч
desk-contact-their-time = { $hours } их время ({ $zone })
desk-contact-your-time = { $hours } ваше время ({ $zone })
desk-contact-same-zone = { $hours } ({ $zone }, как у вас)
desk-refused-taken = { $name } уже взял(а) это дело.
