# isolation.lex: default lexicon for the "isolation" theme of github.com/essaylab/themes.
#
# Loneliness and lack of social connection: being alone or cut off, withdrawal, a shrinking
# circle, nobody to call. Weights: 0.5 weak or ambiguous, 1 ordinary (default), 1.5-2 strong and
# explicit ("lonely", "loneliness", "no one to talk to").
#
# Stem notes (Snowball English): stem(lonely)=lone also matches "lone", so lonely, lonelier,
# loneliest and loneliness are exact words (and "lone" is not an entry except in "lone wolf");
# stem(alone)=alon; stem(isolated)=stem(isolation)=isol, while "isolationist" has its own stem;
# stem(alienated)=alien collides with "alien", so alienated/alienation are exact; stem(felt)=felt,
# stem(ate)=ate, stem(sat)=sat, stem(spent)=spent, stem(woke)=woke, stem(knew)=knew: these past forms
# are written out; withdr* is a wildcard because withdrew and withdrawn have their own stems.
# The bare word "alone" is no longer an entry (round 2): state and habit senses are phrases (i'm alone,
# alone most days, live~ alone =0.5, eat/sit/spend the holidays alone); "went alone to X" is not a cue.
#
# Decisions:
# - "leave me alone" / "leave * alone" is excluded: as an imperative it is mostly a demand in
#   dialogue or conflict ("Leave me alone!", "leave it alone"), not a report of being alone. The
#   chosen-withdrawal sense is kept through "want~ to be left alone" (weak) and the withdrawal facet.
#   "left me alone" is NOT excluded ("they left me alone in the hospital").
# - "isolation ward" is NOT excluded: in personal essays it is the writer being physically cut off.
# - "alone in thinking" is excluded (agreement idiom); "alone time" and "go it alone" are kept as
#   weak phrases, which lowers the weight of "alone" in those contexts.
# - "bowling alone" (Putnam's title) still counts here: his thesis is about declining connection.
#
# Round 2 (generalisation, 1,300 training passages by six writers): recall was the problem, so the
# medium/hard ways of saying it were added as general patterns with stems, gaps and negators inside
# the phrase ("n't said a word out loud", "phone .. n't rung", "nobody .. knock~", "talk~ to * cat",
# "only time .. i talk to", "someone i could call", "weekends are .. empty", "n't been outside in").
# Removed as weak cues that fired in "none" passages or on other themes: alone, by myself, "since/after
# * divorce", "when i retired", "can't remember the last time", "his/her side of the". New exclusions:
# technical "isolate the/a/any", others' assumptions the writer goes on to deny ("must be lonely",
# "ask~ if i'm lonely"), "nobody left me (out)", liking one's own company, "dropped off meals".
# Shared cues: "no one would notice" (also rejection) is 2 here; "bowling alone" is also in anomie.
#
# Round 3 (450 passages by three new writers: comments typed without apostrophes, tradesmen and
# farmers, diaspora diaries): added general forms of days without speech ("havent spoken to", "n't
# open~ my mouth all day", "words in a day", "n't hear~ a human voice"), the doorbell and the last call,
# "without * visitor~", "just to be around * people", the unused second chair and the kettle/roast for
# one, "nobody find~ him" and "before anyone find~ me", someone to ring at 3am, friends who "came
# through work", the nearest neighbour and "n't see~ another soul/person", "when there were two of
# us", other people's lit windows. Removed: solitude, bare "on my own" (kept in state phrases), "since
# * died", bare "after the funeral". Lowered: lockdown~ 0.3, widow(s) 0.5, "isolation ward~" 0.5 (often
# the writer's workplace). New exclusions: technical "isolate~ the", "isolated fault", "acoustically
# isolated", others' assumptions ("assume~ .. lonely/isolating"), someone else's widow ("'s widow").
# Clash: an unmarked birthday ("birthday came and went") is reciprocity's cue only; left there.
#
# Round 4 (500 passages by four new writers: arts/academia, clubs and faith, city margins,
# columnists): general forms of the unused voice ("without hear~ my own voice", "voice~ .. n't been
# used", "from disuse"), the last conversation ("last had a conversation", "without .. actual
# conversation"), noise kept on for company ("for the company of", "leave~ the telly on"), things and
# pets that get the talk ("more conversation .. than any", "tell~ the dog about"), birthdays marked
# only by Facebook, the bank and the dentist, "christmas/holidays/weekends are me and (a)", the call
# log, "closest thing .. visitor~/friend~", the circle that "used to be" or is "the size of",
# friends who were "mostly his", "one by one .. drift~", "n't know a single", the singular
# neighbour, nodding in the lift, time zones and the nearest friend, "going home to someone",
# "easier to stay in", "stop~ turn~ up", "n't been anywhere", long quiet evenings, the room that
# empties. New exclusions: technical isolation forest/booth/hood/tank, "isolated corner", others'
# predictions and labels ("would be isolating", "warn~ .. isolating", "says i'm isolating", "ask~ if
# i feel", "expected to feel"), money withdrawals.
#
# Round 5 (500 passages by four new writers: health and care, parents and schools, mobile and outdoor
# lives, reflective writing): general forms of the hardest hours ("evening~/night~/weekend~ are the
# hard~"), "they're me and", the only other voice/sound/breathing, other adults and grown-ups, what
# anyone "said to me all week", "whole week/day/month without", "whether i was alive", the table set
# for two ("set~ two places", "second mug"), talking to machines (satnav, alexa), "phone .. stop~ ring~",
# "there's no one to talk to" (beats the weak "there's no one"), "there's just no one", friends who
# "all/just drift~", a lost social life/world/circle, "n't been to a friend~", "everyone (else) has
# someone", "even the .. have each other", "nobody's name", "n't know anyone (here)", "since i last
# spoke~ to", "only companion". Lowered: expat 0.3, no notifications 0.5, calendar is blank 1.
# Removed: adrift (anomie's cue). New exclusions: chosen solitude ("nobody to wait for", "alone by
# choice"), literal isolation rooms/hospitals and "isolate each", others' questions and predictions
# ("ask~ if it's isolating/lonely", "ask~ if .. made me feel", "think~ .. would be lonely", "assume~ ..
# end up isolated"). Clash: "no one on the other end" is reciprocity's (1.5); "there's just no one"
# (1.7) here catches the phone-with-no-one sense.

lexicon essay-themes
version 2026.11.2
license CC-BY-4.0
about Four themes of social life in personal essays: reciprocity, rejection, anomie, isolation.

theme isolation
about Loneliness and lack of social connection: being alone or cut off, withdrawal, a shrinking circle, no one to turn to.

# ---------------------------------------------------------------------------------------------
facet loneliness
about Felt loneliness and disconnection: lonely, alone, isolated, disconnected, nobody really knows me.
source Russell, D. W. (1996). UCLA Loneliness Scale (Version 3). Journal of Personality Assessment 66(1), 20-40; Peplau, L. A. & Perlman, D. (1982). Loneliness: A Sourcebook.

    lonely =2
    lonelier =2
    loneliest =2
    loneliness =2
    lonesome =1.5
    all alone =2
    so alone =1.5
    completely alone =2
    utterly alone =2
    totally alone =2
    entirely alone =2
    alone again =1.5
    alone in the world =2
    feel~ alone =2
    felt alone =2
    felt so alone =2
    feel~ so alone =2
    alone in a crowd =2
    alone in a room full of people =2
    surrounded by people but =1.5
    around me but not with me =2
    isolate~ =1.5
    socially isolated =2
    social isolation =2
    isolation ward~ =0.5         # round 3: often the writer's workplace, not the writer cut off
    self-isolat* =1
    disconnect~
    feel~ disconnected =1.5
    felt disconnected =1.5
    disconnected from everyone =2
    disconnected from the world =1.5
    social disconnection =2
    socially disconnected =2
    alienated =1.5
    alienation
    friendless =2
    emptiness =0.5
    companionship =0.5
    lack~ companionship =1.5
    no companionship =1.5
    long~ for connection =1.5
    crave~ connection =1.5
    starv~ for connection =1.5
    touch-starved =1.5
    skin hunger =1.5
    human contact =0.5
    no human contact =1.5
    without human contact =1.5
    no one really knows me =2
    nobody really knows me =2
    no one knows me =1.5
    nobody knows me =1.5
    no one understands me
    nobody understands me
    solitary
    recluse =1.5
    reclusive =1.5
    hermit~
    loner~ =1.5
    lone wolf =0.5
    shut-in =1.5
    shut-ins =1.5
    housebound
    homebound
    hikikomori =2
    alone time =0.5
    go~ it alone =0.5
    all by myself

    # everyday ways of saying it without the textbook word
    just me now =1.5
    it's just me =1
    there's only me =1.5
    only me now =1.5
    just me and the =1
    me myself and i =1
    on my own again =1
    less alone =1.5
    feel less alone =1.5
    to feel less alone =1.5
    lonely as hell =2
    nobody gets me =1.5
    no one gets me =1.5
    no one .. gets me =1.5
    nobody .. gets me =1.5
    no one who really gets me =2
    no one here who =1
    feel~ like a ghost =1.5
    felt like a ghost =1.5
    a ghost in my own =1.5
    feel~ like a stranger =1
    felt like a stranger =1
    a stranger in * own =1.5
    isolating =1.5
    cut-off =1
    nobody really sees me =1.5
    no one really sees me =1.5
    miss~ having friends =1.5
    miss~ having someone =1.5
    miss~ having people =1.5
    want~ someone to talk to =1.5
    need~ someone to talk to =1.5
    someone to talk to =1
    anyone to talk to =1
    wish i had someone =1.5
    wish i had a friend =2
    wish i had friends =2
    make friends as an adult =1
    hard to make friends =1.5
    can't make friends =1.5
    couldn't make friends =1.5
    how to make friends =1

    # round 2: "alone" as a bare word is dropped (it is mostly physical: "went alone to the office and
    # it was fine", "took the tractor up alone"); the state and habit senses are kept as phrases.
    i'm alone =1
    i am alone =1
    am alone here =1.5
    alone here =1
    alone now =1
    alone most =1
    alone every =1
    alone all day =1.5
    alone at night =1
    alone with my thoughts =1
    live~ alone =0.5
    sleep~ alone =1
    left alone =0.5
    be alone =0.5
    being alone =0.5
    alone so much =1.5
    alone so often =1.5
    surrounded by people =0.7

    # round 3: "on my own" only in state and habit phrases (bare "on my own" fired on fishing trips and
    # contented living alone); "solitude" dropped (mostly chosen: candles, quiet Sundays)
    here on my own =1
    on my own now =1
    all on my own =1.5
    on my own every =1
    on my own most =1
    sit~ on my own =1
    things you do by yourself =1.5
    things you do alone =1.5

# ---------------------------------------------------------------------------------------------
facet alone-in-daily-life
about Concrete scenes of solitude: eating, sitting, sleeping and spending holidays alone; the empty apartment; the phone that never rings.
source Cacioppo, J. T. & Patrick, W. (2008). Loneliness: Human Nature and the Need for Social Connection. Norton; U.S. Surgeon General (2023). Our Epidemic of Loneliness and Isolation.

    eat~ alone =1.5
    eat~ * alone =1.5
    ate alone =1.5
    ate * alone =1.5
    eat~ by myself =1.5
    ate by myself =1.5
    sat alone =1
    sit~ alone =1
    sat by myself =1.5
    sit~ by myself =1.5
    dine~ alone =1.5
    dinner for one =1.5
    table for one =1.5
    wake~ up alone =1.5
    woke up alone =1.5
    come~ home to an empty =2
    came home to an empty =2
    empty apartment =1.5
    empty house
    empty flat =1.5
    empty home
    empty bed
    night~ alone =1.5
    weekend~ alone =1.5
    holiday~ alone =1.5
    christmas alone =1.5
    thanksgiving alone =1.5
    new year's eve alone =1.5
    birthday~ alone =1.5
    alone on * birthday =2
    alone on christmas =1.5
    alone for the holidays =1.5
    spent * alone =1.5
    spent * * alone =1.5
    spend~ * alone =1.5
    spend~ * * alone =1.5
    phone never ring~ =1.5
    phone stop~ ringing =1.5
    nobody ever call~ =1.5
    no one ever call~ =1.5
    no one call~
    nobody call~
    no one ever text~ =1.5
    nobody ever text~ =1.5
    no messages =0.5
    no texts =0.5
    group chat~ * quiet
    group chat * dead
    talk~ to no one =1.5
    speak~ to no one =1.5
    spoke to no one =1.5
    without talking to anyone =1.5
    haven't talked to anyone =1.5
    haven't spoken to anyone =1.5
    haven't seen anyone =1.5
    saw no one =1.5
    talk~ to my cat
    talk~ to myself =0.5
    talk~ to the walls
    my only company =1.5
    tv for company =1.5
    party of one =1.5
    just me and my cat =1.5

    # days without a word spoken
    whole weekend without =1.5
    the whole weekend =0.5
    entire weekend without =1.5
    without saying a word to anyone =2
    without speaking to anyone =1.5
    without seeing anyone =1.5
    without seeing a soul =2
    without another human =1.5
    another human being =0.5
    without leaving the house =1
    without leaving the apartment =1
    without leaving the flat =1
    go~ days without =1
    went days without =1
    go~ weeks without =1
    went weeks without =1
    days without speaking =1.5
    days without talking =1.5
    weeks without speaking =1.5
    weeks without talking =1.5
    haven't spoken to a soul =2
    haven't talked to a soul =2
    didn't speak to a soul =2
    didn't talk to a soul =2
    haven't seen a soul =2
    didn't see a soul =2
    haven't seen a friend =1.5
    haven't seen my friends =1
    haven't had a real conversation =2
    haven't had a conversation =1.5
    haven't had an adult conversation =1.5
    haven't talked to a human =2
    haven't spoken to a human =2
    real conversation =0.5
    real conversations =0.5
    adult conversation =0.5
    never see anyone =1.5
    rarely see anyone =1.5
    hardly see anyone =1.5
    don't see anyone =1.5
    didn't see anyone =1.5
    saw nobody =1.5
    only person i speak to =2
    only person i talk to =2
    only person i see =2
    only people i see =1.5
    only person i spoke to =2
    only person i saw =1.5
    only one i talk to =1.5
    only human contact =2
    only human interaction =2
    only social interaction =2
    only social contact =2
    only conversation =1
    only interaction =1
    social interaction~ =0.3
    to hear a voice =1.5
    hear a human voice =1.5
    hear another voice =1.5
    sound of my own voice =1
    talk~ to the tv =1.5
    talk~ to the television =1.5
    talk~ back to the tv =1.5
    answer~ the tv =1.5
    talk~ to the dog =1
    talk~ to my dog =1
    talk~ to the cat =1
    talk~ to * photo =1.5
    talk~ to * picture =1
    talk~ to the radio =1.5
    narrat~ my day =1.5
    ask~ how my day was =1
    ask~ about my day =0.5
    since anyone asked =1.5
    since someone asked =1.5
    # meals and evenings for one
    meal for one =1.5
    meals for one =1.5
    pasta for one =1.5
    takeaway for one =1.5
    takeout for one =1.5
    cook~ for one =1.5
    cooking for just me =1.5
    shop~ for one =1
    microwave meal =1
    microwave meals =1
    microwave dinner =1
    tv dinner =0.5
    single plate =1
    standing at the counter =1
    standing at the kitchen counter =1.5
    eat~ standing up =1
    eat~ over the sink =1.5
    ate over the sink =1.5
    standing over the sink =1.5
    set an extra place =1.5
    eat~ at my desk =1
    ate at my desk =1
    lunch in my car =1.5
    lunch in the car =1
    eat~ lunch in the bathroom =2
    lunch in the library =1
    lunch in my classroom =1
    lunch by myself =1.5
    no one at work to =1.5
    anyone at work to =1.5
    # the phone, the calendar, the weekend
    phone hasn't buzzed =1.5
    phone never buzz~ =1.5
    phone doesn't buzz =1.5
    phone hasn't rung =1.5
    phone doesn't ring =1.5
    phone rarely ring~ =1
    phone is silent =1.5
    phone stay~ silent =1.5
    phone stay~ quiet =1.5
    phone is quiet =1
    phone went quiet =1.5
    friend~ .. went quiet =1.5
    i stopped answering =1
    phone * forgot my number =2
    forgot my number =1
    nobody text~ me =1.5
    no one text~ me =1.5
    nobody messag~ me =1.5
    no one messag~ me =1.5
    nobody .. text~ me =1
    no one .. text~ me =1
    nobody call~ me =1.5
    no one call~ me =1.5
    no new messages =1
    no notifications =0.5
    the only messages =1.5
    only messages i got =1.5
    only message~ i get =1.5
    only call~ i get =1.5
    only calls i got =1.5
    check~ my phone =0.3
    group chat used to =1.5
    group chat~ * silent =1.5
    group chat~ went quiet =1
    empty calendar =1.5
    calendar is empty =1.5
    calendar is blank =1
    nothing on my calendar =1.5
    never have plans =1.5
    never any plans =1.5
    nowhere to go =0.7
    somewhere to go =0.3
    so i have somewhere to go =1.5
    someone to be there with =1.5
    someone to go with =1
    no one to go with =2
    nobody to go with =2
    no one to go .. with =2
    nobody to go .. with =2
    no one to do * with =1.5
    sundays are the worst =1.5
    sundays are hard =1.5
    weekends are the worst =1.5
    weekends are hard =1.5
    weekends are long =1.5
    weekends are * long =1.5
    weekends are empty =1.5
    saturdays are empty =1.5
    sundays are empty =1.5
    empty weekend~ =1.5
    empty evenings =1.5
    empty days =1
    long evenings =0.5
    evenings stretch =1.5
    evenings * stretch =1.5
    the days stretch =1
    the days are long =0.5
    weeks go by =0.5
    days go by =0.3
    christmas on my own =1.5
    christmas by myself =1.5
    holidays on my own =1.5
    holidays by myself =1.5
    birthday by myself =1.5
    birthday on my own =1.5
    nowhere to go for christmas =2
    orphan christmas =1
    went to * by myself =0.5
    go~ to * by myself =0.5
    everyone else has plans =1.5
    everyone else seems to have =1.5
    everyone else * plans =1
    everyone else goes out =1.5
    everyone else * together =1
    while everyone else =0.5
    just so i'm around people =2
    just to be around people =2
    be around people =0.5
    around other people =1
    just to see a face =1.5
    a friendly face =0.3
    # talk that never happens
    only conversation~ =1
    the only conversations i have =2
    only * who talk~ to me =2
    only people who talk~ to me =2
    only person who talk~ to me =2
    only ones who talk~ to me =2
    only * who call~ me =1.5
    only * who ever call~ =1.5
    only * i ever talk to =2
    only * i ever see =2
    n't speak to anyone =1.5
    n't spoken to anyone =1.5
    n't talk to anyone =1.5
    n't talked to anyone =1.5
    n't seen anyone =1.5
    n't .. spoken to anyone =1.5
    n't .. talked to anyone =1.5
    n't had a proper =1.5
    n't had a real =1.5
    proper conversation =0.5
    proper chat =0.5
    with another adult =1
    another adult =0.5
    hear my own voice =1.5
    just to hear =1
    to hear someone =1
    n't used my voice =2
    used my voice =0.5
    said a word out loud =1.5
    out loud since =1.5
    spoken out loud =0.5
    just to have someone =1.5
    someone on the line =0.5
    so someone will =1
    so someone would =1
    someone to say hello =1.5
    chat~ .. with the cashier =1
    talk~ to the cashier =1
    chat~ to the cashier =1
    chat~ with the cashier =1
    talk~ to my plants =1.5
    talk~ to the plants =1.5
    nobody to say =1.5
    no one to say =1.5
    lots of acquaintances =1
    plenty of acquaintances =1
    acquaintances but no =2
    acquaintances but =1
    nobody writ~ to me =1.5
    no one writ~ to me =1.5
    # meals, evenings, home
    eat~ in my room =1.5
    ate in my room =1.5
    meals in my room =1.5
    supper for one =1.5
    lunch for one =1.5
    breakfast for one =1.5
    popcorn for one =1.5
    pizza for one =1.5
    reservation for one =1.5
    booking for one =1.5
    ticket for one =1
    single portion =1
    single portions =1
    podcasts for company =1.5
    podcast on so =1
    podcasts on so =1
    sleep with the tv on =1
    fall asleep to the tv =1
    another night in =1
    another weekend in =1.5
    i stay in =0.5
    stay in every =1
    these four walls =1.5
    four walls =0.7
    stare at the walls =1
    stuck at home =0.7
    stuck in the house =0.7
    cabin fever =0.5
    silence at dinner =1
    silent dinner~ =1
    so quiet i can hear =1.5
    quiet i can hear =1.5
    the silence is deafening =1
    second toothbrush =1.5
    his side of the bed =1.5
    her side of the bed =1.5
    only notification~ =1
    watch~ families =1
    watch~ other families =1.5
    watch~ couples =1
    watch~ other people =1
    other people's lives =1
    other people's friendships =1.5
    other people's families =1
    everyone else's life =1
    everyone else's lives =1
    happening without me =1.5
    happening somewhere else =1
    if something happened to me =1
    if anything happened to me =1
    nobody would miss me =1.5
    no one would miss me =1.5
    no one to miss me =2
    who would come to my funeral =1.5
    come to my funeral =1
    miss~ my friends =1
    miss~ my old friends =1.5
    miss~ my people =1
    miss~ the chatter =1
    miss~ the banter =1
    miss~ adult conversation =1.5
    miss~ company =1
    miss~ human contact =1.5
    crave~ company =1.5
    starved for company =1.5
    starved of company =1.5
    desperate for company =1.5
    for some company =1
    no one my age =1.5
    nobody my age =1.5
    no kids my age =1.5
    no friends my age =1.5
    everyone paired off =1.5
    paired off =1
    everyone's coupled up =1.5
    coupled up =0.5
    third wheel =1
    fifth wheel =1
    the only single one =1.5
    only single person =1.5
    only single friend =1
    only see them on =1
    only see * on facetime =1
    only see * on zoom =1
    team of one =1
    office of one =1
    family of one =1.5
    household of one =1.5
    only * i interact with =2
    only people i =1
    only person i =1
    go~ whole weeks =1.5
    go~ whole days =1
    whole weeks without =1.5
    whole days without =1.5
    entire days without =1.5
    n't sat down with a friend =1.5
    n't seen a friend =1.5
    n't had a friend over =1.5
    n't had anyone over =1.5
    nobody sit~ with me =1.5
    no one sit~ with me =1.5
    nobody sat with me =1.5
    no one sat with me =1.5
    pretend~ to be busy =1
    pretend~ to text =1.5
    pretend~ to be on my phone =1.5
    me and the dog =1
    me and the cat =1
    me and the tv =1.5
    me and the telly =1.5
    me and the radio =1.5
    me and netflix =1
    count~ the hours =1
    kill~ time until =0.7
    used to my own company =1
    my own company =0.7
    wish~ someone would call =2
    wish~ someone would text =2
    wish~ the phone would ring =2
    wish~ someone would =1
    someone would call =1
    cancel~ every plan =1.5
    best part of my week is =1
    best part of * week is when =1.5
    highlight of my week =0.7
    people i could call =1.5
    anyone i could call =1.5
    no one i could call =2
    nobody i could call =2
    no one i can call =2
    nobody i can call =2
    anyone i can call =1.5
    person i could call =1
    if i got sick =1
    if i get sick =1
    if i fell ill =1
    zero people =1.5
    for the voices =1.5
    just for the voices =1.5
    talk radio =0.5
    no plus one =1.5
    without a plus one =1.5
    n't have a plus one =1.5
    rsvp for one =1.5
    wish~ myself happy birthday =2
    myself happy birthday =2
    people i used to know =1.5
    friends i used to have =1.5
    silence is so loud =2
    silence is loud =1.5
    loud silence =1
    silence is so =1
    silence was so =1
    life around me =1
    just to feel like =0.5
    since anyone touched me =2
    since someone touched me =2
    since i was touched =1.5
    since i'd been touched =1.5
    anyone touched me =1
    had been that long =1
    holidays are hard =1.5
    holidays are the worst =1.5
    last time anyone =1
    last time i saw a friend =1.5
    last time i saw anyone =1.5
    can't remember the last time someone =1.5
    can't remember the last time anyone =2
    they were his friends =1
    they were her friends =1
    lost the friends =1.5
    invitation~ .. rarer =1.5
    invitation~ .. fewer =1
    fewer invitations =1.5
    call~ got rarer =1.5
    visits got rarer =1.5
    no one to send =2
    nobody to send =2
    no one to ring =2
    no one to phone =2
    no one to message =2
    no one to invite =1.5
    nobody to invite =1.5
    no one to bring =1.5
    no one to dance with =2
    no one to sit next to =2
    no one to travel with =1.5
    no one to watch * with =1.5
    n't heard from any of them =1.5
    n't heard from anyone =1.5
    never hear from them =1

    # round 2: general forms of the medium/hard scenes (speech, voice, visitors, the phone, company)
    n't said a word out loud =2
    n't said a word to anyone =2
    n't spoken out loud =2
    n't spoken a word =1.5
    n't said a word since =1.5
    i'll say all day =1.5
    only words i =1
    say~ my name out loud =1.5
    someone will say my name =1.5
    somebody will say my name =1.5
    only * who say~ my name =2
    the only human =1.5
    only other human =1.5
    only face i =1.5
    only faces i =1.5
    only person i've spoken to =2
    only person i've talked to =2
    only person i've seen =2
    only time i talk to =1.5
    only time .. i talk to =1.5
    only time i speak to =1.5
    only time .. i speak to =1.5
    nobody .. know~ my name =1.5
    no one .. know~ my name =1.5
    none of my neighbours =1.5
    none of my neighbors =1.5
    neighbours' names =1
    neighbors' names =1
    nobody .. knock~ =1.5
    no one .. knock~ =1.5
    nobody's coming =1
    no one's coming =1
    nobody is coming =1
    no one is coming =1
    not one visitor =2
    not a single visitor =2
    not one visit =1.5
    last time someone came =1.5
    last time anyone came =1.5
    last time someone visited =1.5
    last time anyone visited =1.5
    last time someone other than =1.5
    last time anyone other than =1.5
    phone .. n't rung =1.5
    phone .. n't buzzed =1.5
    phone .. n't lit up =1.5
    phone .. n't pinged =1.5
    phone .. n't rang =1.5
    phone .. never light~ up =1.5
    phone .. so quiet =1.5
    phone used to ring =1.5
    phone used to buzz =1.5
    phone used to ping =1.5
    group chat .. n't moved =1.5
    group chat .. n't pinged =1.5
    the only post =1
    only post i =1.5
    only mail i =1.5
    only letters i =1.5
    talk~ to * cat =1
    talk~ to * dog =1
    chat~ to * cat =1
    chat~ to * dog =1
    chat~ with * cat =1
    conversations with the cat =1.5
    conversations with my cat =1.5
    conversations with the dog =1.5
    narrat~ my .. day =1.5
    narrat~ my life =1.5
    narrat~ .. to the cat =1.5
    narrat~ .. to my =1
    talk~ to my houseplants =1.5
    talk~ to the wall =1.5
    tell~ it to the wall =1.5
    argu~ with the radio =1.5
    argu~ with the tv =1.5
    argu~ with the telly =1.5
    argu~ with the television =1.5
    argument~ with the radio =1.5
    argument~ with the tv =1.5
    argument~ with the telly =1.5
    except another voice =1.5
    empty of people =1.5
    don't know i exist =0.7
    reason i .. leave~ the house =1.5
    reason i go~ out at all =1.5
    reason i .. get out of the house =1.5
    talk~ to * photograph =1.5
    as company =0.7
    count~ as company =1.5
    think of it as company =1.5
    nearest thing to a conversation =2
    closest thing to a conversation =2
    nearest thing to a friend =2
    nearest thing i have to a friend =2
    closest thing to a social life =2
    nearest thing to a social life =2
    most reliable relationship =1.5
    only relationship i =1
    without seeing another person =1.5
    without seeing another face =1.5
    without seeing another soul =2
    without seeing another human =1.5
    another face =0.7
    fortnight without =1
    week without seeing =1.5
    weeks without seeing =1.5
    days without seeing =1.5
    n't been outside in =2
    n't been outside since =2
    n't been out of the house =1.5
    n't been out of the flat =1.5
    n't been out of the apartment =1.5
    nights are the worst =0.7
    evenings are the worst =1.5
    nights are long =0.7
    evenings are long =1
    evenings are hard =1.5
    nights are hard =1
    weekends are me =1
    weekends are just me =1.5
    evenings are me =1
    evenings are just me =1.5
    sundays are me =1
    sundays are just me =1.5
    christmas is just me =1.5
    now it's me and =1.5
    is just me and =1.5
    just me in it =1.5
    with just me =0.7
    dread~ weekends =1.5
    dread~ the weekend =1.5
    dread~ the weekends =1.5
    dread~ sundays =1.5
    dread~ saturdays =1.5
    dread~ the holidays =1
    dread~ christmas =1
    highlight of my day is =1
    highlight of my week is =1
    everyone else has gone =1.5
    everyone else .. gone out =1.5
    everyone else went out =1.5
    everyone else is out =1.5
    just to be among people =2
    to be among people =1.5
    just to talk to someone =1.5
    just to talk to somebody =1.5
    just for the chat =1
    just for the conversation =1.5
    podcast on just so =1.5
    podcasts on just so =1.5
    on just so the =1
    on just for the =1
    just for the noise =1.5
    has voices in it =1.5
    eat~ .. in front of the laptop =1
    eat~ .. in front of the telly =1
    eat~ .. in front of the tv =1
    dinner in front of the =0.7
    sing~ happy birthday to myself =2
    sang happy birthday to myself =2
    happy birthday to myself =1.5
    bought myself a birthday =1.5
    bought myself a cake =1
    bought myself a cupcake =1
    only sound in my =1.5
    eat~ .. alone =1.5
    eat~ .. by myself =1.5
    dinner by myself =1.5
    n't .. to a single person =1.5
    n't see a single person =1.5
    n't seen a single person =1.5
    to be near people =1.5
    to be near other people =1.5
    near other people =1
    n't had anyone round =1.5
    n't had anybody over =1.5
    n't had anybody round =1.5
    without a proper conversation =1.5
    without a real conversation =1.5
    without a conversation =1.5
    without a proper chat =1.5
    n't talk to another =1.5
    n't speak to another =1.5
    n't spoken to another =1.5
    n't talked to another =1.5
    since anyone =0.7
    since anybody =0.7
    nobody talk~ to me =1
    no one talk~ to me =1
    conversations in my head =0.7
    can't remember the last time i went out =1.5
    last time i saw my friends =1.5
    only time i .. leave~ the house =1.5
    only time i .. go~ out =1.5
    someone knows my name =1
    n't say a single word =1.5
    n't said a single word =1.5
    weekends are .. empty =1.5
    evenings are .. empty =1.5
    grown and gone =1

    # round 3 (new writers: comments without apostrophes, tradesmen, farmers, diaspora): days without
    # speech or a voice, visitors, the doorbell, the second chair, the kettle for one
    havent speak~ to another =2
    havent speak~ to anyone =1.5
    havent speak~ to a soul =2
    havent talk~ to another =2
    havent talk~ to anyone =1.5
    hadnt speak~ to anyone =1.5
    didnt speak~ to anyone =1.5
    n't talk~ to another =1.5
    n't talk~ to a soul =2
    n't speak~ to a soul =1.5
    not speak~ to another =1.5
    not speak~ to anyone =1.5
    not talk~ to anyone =1.5
    speak~ to another human =1.5
    talk~ to another human =1.5
    n't hear~ a human voice =2
    n't hear~ another voice =2
    heard a human voice =1.5
    n't open~ my mouth all day =2
    n't open~ my mouth once =1.5
    n't open~ my mouth since =1.5
    words in a day =1
    words all day =1
    fewer than * words =1
    n't remember the last time anyone =2
    n't remember the last time someone =1.5
    n't recall the last time anyone =2
    anyone but a delivery =1.5
    anyone but the delivery =1.5
    anyone but the postman =1.5
    nobody but the postman =1.5
    no one but the postman =1.5
    ring~ my bell =1
    ring~ my doorbell =1
    last call was =1
    last phone call was =1
    last message~ from 20* =1
    old group chat =1
    group chat~ .. muted =1
    without a visitor =1.5
    without visitors =1.5
    without * visitor~ =1.5
    n't had a visitor =1.5
    n't had any visitors =1.5
    just to be around * people =2
    just to be near people =1.5
    just to be near * people =1.5
    just to be with people =1.5
    just to be in a room with =1.5
    second chair =1
    second recliner =1
    one mug =0.5
    for one cup =1.5
    for one now =1.5
    for one these days =1.5
    roast for one =1.5
    roast * for one =1.5
    tea for one =1
    pretend~ to be on * phone =1
    pretend~ to be on a call =1
    pretend~ to be on the phone =1
    eat~ in the car =0.5
    nowhere to wear =1.5
    no one to dress up for =1.5
    nobody to dress up for =1.5
    everyone else go~ home =1
    the only * speaker in =1
    speak~ it to myself =1
    speak~ to myself =0.5
    better than any living person =1
    dog know~ me better =1.5

    # round 4: general forms from four new writers (arts/academia, clubs/faith, city margins, columnists)
    n't been used since =0.7
    weekly visitor~ =1
    just to be near =1
    just for the sound of =0.7
    # days without speech: the unused voice, the last conversation
    without hear~ my own voice =2
    without hear~ a voice =1.5
    hear~ my own voice =1.5
    voice~ .. n't been used =1.5
    voice~ .. hadn't been used =1.5
    from disuse =1
    of disuse =1
    last conversation i =1.5
    last conversation * had =1.5
    last had a conversation =1.5
    last had a real conversation =2
    last spoke to anyone =1.5
    last spoke to another =1.5
    without .. actual conversation =1.5
    without having .. conversation =1.5
    days without .. conversation~ =1.5
    without * conversation =1
    conversation .. with the barista =1
    talk~ to the barista =1
    chat~ with the barista =1
    only .. conversation .. all week =1.5
    # noise and objects standing in for company
    for the company of =1
    on for the company =1.5
    for the company =0.7
    on for company =1.5
    leave~ the telly on =1
    leave~ the television on =1
    leave~ the radio on =1
    more conversation .. than any =1.5
    than any person does =1.5
    only one around to =1
    tell~ the dog about =1
    tell~ the cat about =1
    tell~ the dog about my day =1.5
    tell~ the cat about my day =1.5
    # who marks the birthday: only the bank, the dentist, an app
    facebook remember~ =1
    bank and * dentist =1.5
    dentist sent~ =0.7
    look~ forward to the dentist =1.5
    # holidays and evenings shared with a meal or a programme
    christmas is me and =1.5
    holidays are me and =1.5
    weekends are me and =1.5
    evenings are me and =1.5
    is me and a =0.7
    # the call log, the most contacted number
    call log =1
    most contacted =1.5
    phone .. paperweight =1.5

# ---------------------------------------------------------------------------------------------

    # round 5 (health and care, parents, mobile lives, reflective writing): the hardest hours, the only
    # other voice, what anyone said to me all week, the table set for two, talking to machines
    evening~ are the hard~ =1.5
    night~ are the hard~ =1
    weekend~ are the hard~ =1
    sunday~ are the hard~ =1
    evening~ are the long~ =1
    they're me and =1.5
    they are me and =1.5
    only other voice =1.5
    only other sound =1
    only other breath~ =1.5
    only other person i =1
    other adults =0.5
    other grown-ups =1
    another grown-up =1
    adult company =1
    grown-up conversation =1.5
    said to me all week =1.5
    said to me all day =1.5
    said to me in days =1.5
    spoke~ to me all week =1.5
    what anyone say~ to me =1
    whole week without =1.5
    whole day without =1
    whole month without =1.5
    whether i was alive =1.5
    if i was alive =1
    if i was dead =1
    me and the ceiling =1.5
    count~ the ceiling =1
    talk~ to the satnav =1
    chat~ with the satnav =1
    talk~ to alexa =1
    talk~ to siri =1
    two mugs =0.7
    second mug =1
    set~ two places =1.5
    lay~ two places =1.5
    two places at the table =1
    set~ out two =1
    nobody sing~ =0.7
    scroll~ through other people's =1
    phone .. stop~ ring~ =1.5
    voice~ .. wasn't mine =1.5
    voice~ that isn't mine =1.5
    two of us and the =0.7
    since i last spoke~ to =1.5
    since i last talk~ to =1.5
    since i last saw anyone =1.5
    n't know anyone here =1.5
    n't know anybody here =1.5
    n't know anyone =1
    n't know anybody =1
    n't know a soul =1.5
    know no one here =1.5

facet no-one-to-turn-to
about Missing support and confidants: no one to talk to, call, lean on or count on; nobody checks in, nobody visits.
source Russell (1996), UCLA Loneliness Scale items ("no one I can turn to"); Holt-Lunstad, J., Smith, T. B. & Layton, J. B. (2010). Social relationships and mortality risk. PLoS Medicine 7(7).

    no one to talk to =2
    nobody to talk to =2
    no one to call =2
    nobody to call =2
    no one to text =1.5
    no one to turn to =2
    nobody to turn to =2
    no one to lean on =2
    nobody to lean on =2
    no one to confide in =2
    nobody to confide in =2
    no one to share =1.5
    no one to hang out with =2
    nobody to hang out with =2
    no one to eat with =2
    no one to sit with =2
    nobody to sit with =2
    no one to spend =1.5
    nobody to spend =1.5
    no one to celebrate with =2
    no one to count on =2
    nobody to count on =2
    no one to rely on =2
    nobody to rely on =2
    no one to tell =1.5
    nobody to tell =1.5
    no one to pick me up =1.5
    no one to drive me =1.5
    no emergency contact =2
    emergency contact =0.5
    no one around
    nobody around
    no one there for me =2
    nobody there for me =2
    no one in my corner =2
    nobody in my corner =2
    no one in my life =1.5
    nobody in my life =1.5
    no support system =1.5
    no support network =1.5
    no one check~ on me =1.5
    nobody check~ on me =1.5
    no one check~ in =1.5
    nobody check~ in =1.5
    no one visit~ =1.5
    nobody visit~ =1.5
    no visitors =1.5
    no one came =1.5
    nobody came =1.5
    no one show~ up =1.5
    nobody show~ up =1.5
    no one care~
    nobody care~
    have no one =2
    had no one =2
    my only friend
    no one left =1.5
    nobody left =1.5
    no one to =0.7
    nobody to =0.7

    don't have anyone =2
    didn't have anyone =2
    doesn't have anyone =1.5
    haven't got anyone =2
    don't really have anyone =2
    n't have anyone to =2
    don't have anybody =2
    didn't have anybody =2
    have nobody =2
    had nobody =2
    got nobody =2
    got no one =2
    have no one to =2
    there's no one =0.7
    there is no one =0.7
    there was no one =0.7
    there's nobody =0.7
    there is nobody =0.7
    there was nobody =0.7
    there's no one here =1.5
    there's no one else =1
    there's nobody here =1.5
    no one there =1
    nobody there =1
    nobody at home =1
    no one at home =1
    no one home =0.5
    come~ home to no one =2
    came home to no one =2
    come~ home to nobody =2
    came home to nobody =2
    nobody to tell that =1.5
    nobody else to tell =2
    no one else to tell =2
    no one to hug =2
    nobody to hug =2
    not one person i could call =2
    not one person to call =2
    who i'd call =1
    who i would call =1
    who to call =0.5
    anyone to put as =1.5
    put as my emergency contact =1.5
    list as my emergency contact =1.5
    who to put as * emergency contact =2
    nobody would notice =2
    no one would notice =2
    nobody would know =0.7
    no one would know =0.7
    nobody would find me =2
    no one would find me =2
    would notice if i =1.5
    notice if i didn't =1.5
    days before anyone =1.5
    before anyone noticed =1
    before anyone would notice =1.5
    take * a while to notice =1.5
    if i collapsed =1
    if i disappeared =1.5
    if i vanished =1.5
    could disappear =1.5
    no one knows where i am =1.5
    nobody knows where i am =1.5
    without * knowing where i am =1.5
    no one .. come~ over =1.5
    nobody .. come~ over =1.5
    no one .. came over =1.5
    nobody .. came over =1.5
    no one has been to =1
    don't get many visitors =1.5
    don't get visitors =1.5
    never get visitors =1.5
    rarely get visitors =1.5
    few visitors =1
    nobody has visited =1.5
    closest thing i have to a friend =2
    closest thing to a friend =1.5
    closest i get to a hug =2
    closest i get to =0.5
    last time someone hugged me =2
    last time anyone hugged me =2
    last time anyone touched me =2
    someone hugged me =1
    miss being touched =2
    miss~ being hugged =2
    haven't been hugged =2
    haven't been touched =1.5
    keep~ me company =0.5
    keeps me company =1
    for company =1
    radio for company =1.5
    television for company =1.5
    leave the radio on =1.5
    leave~ the tv on =1.5
    left the tv on =1
    radio on all day =1.5
    tv on all day =1.5
    fill~ the quiet =1.5
    fill~ the silence =1
    fill the house with noise =1.5
    for the noise =0.5
    for background noise =0.5
    my only friend~ =1.5
    only friend~ i have =1.5
    only friend is =1.5
    is the only one who knows =1
    my whole support system =1
    no one to come home to =2
    nobody to come home to =2
    no one to cook for =1.5
    nobody to cook for =1.5
    no one to notice =2
    nobody to notice =2
    no one .. to notice =1.5
    nobody .. to notice =1.5
    no one to share it with =2
    nobody to share =1.5
    nobody to share it with =2
    no one to show =1.5
    nobody to show =1.5
    no one to hold me =2
    nobody to hold me =2
    no one to hold my hand =2
    nobody to hold my hand =2
    someone to hold =1
    home to nobody =1.5
    home to no one =1.5
    home to an empty =1.5
    go~ home to an empty =2
    went home to an empty =2
    isn't anyone =1.5
    isn't anybody =1.5
    there isn't anyone =2
    there wasn't anyone =1.5
    wasn't anyone =1
    there's not anyone =1.5
    no family left =2
    last family i had =1.5
    only family i had =1.5
    only family i have =1.5

    could vanish =1.5
    i could vanish =1.5
    i could disappear =1.5
    notice if i went missing =2
    notice if * went missing =1.5
    if i went missing =1.5
    if you went missing =1
    notice if i died =2
    nobody's .. with me =1
    no one's .. with me =1
    nobody's here =1
    no one's here =1
    someone i could call =1.5
    someone i could ring =1.5
    someone i could text =1.5
    someone i could phone =1.5
    who i could call =1.5
    one of them i could call =1.5
    i could call if =1.5
    not one person .. i could =2
    someone to call =1
    someone to ring =1
    someone to text =1

    # round 3: who would find me, who I could ring in the night
    nobody find~ him =1.5
    nobody find~ her =1.5
    no one find~ him =1.5
    no one find~ her =1.5
    nobody would find~ me =2
    no one would find~ me =2
    before anyone find~ me =2
    before anyone would find~ me =2
    someone * can ring =1.5
    someone * could ring =1.5
    someone * can call at =1.5
    mate * can ring =1
    mate * could ring =1
    anyone to ring =1.5
    nobody to ring =2
    call~ at 3am =1
    ring~ at 3am =1
    all-night talkback =1.5
    talkback =0.5
    all-night radio =1
    late-night radio =0.5

    # round 4: general forms from four new writers (arts/academia, clubs/faith, city margins, columnists)
    names in my phone =0.7
    scroll~ through my contacts =1
    call~ at midnight =0.7
    calling at midnight =0.7
    closest thing .. visitor~ =1.5
    nearest thing .. visitor~ =1.5
    closest thing .. friend~ =1.5
    nearest thing .. friend~ =1.5
    closest thing .. company =1.5
    visitors .. if you count =1.5
    know~ me better than .. neighbo* =1.5
    better than any of my neighbo* =1.5

# ---------------------------------------------------------------------------------------------

    # round 5: someone on the other end, help or not
    there's no one to talk to =2
    there's nobody to talk to =2
    there is no one to talk to =2
    there was no one to talk to =2
    there's just no one =1.7
    there's just nobody =1.7
    without anyone know~ =1

facet shrinking-circle
about A social world that contracts: drifting apart, losing touch, fewer friends, friendships that fade, a circle that shrinks.
source Dunbar, R. I. M. (2018). The anatomy of friendship. Trends in Cognitive Sciences 22(1), 32-51; McPherson, M., Smith-Lovin, L. & Brashears, M. E. (2006). Social isolation in America. American Sociological Review 71(3).

    drift~ apart =1.5
    drift~ away
    grew apart =1.5
    grow~ apart =1.5
    grown apart =1.5
    lost touch =1.5
    lose~ touch =1.5
    fell out of touch =1.5
    fall~ out of touch =1.5
    out of touch with * friends =1.5
    lost contact =1.5
    lose~ contact =1.5
    lost track of each other =1.5
    friendship~ fade~ =1.5
    friendship~ * fade~ =1.5
    friendship~ fizzl~ =1.5
    friendship~ * died
    lost * friends =1.5
    lost all my friends =2
    lost most of my friends =2
    lose~ friends
    lost friends =1.5
    fewer friends =1.5
    no friends =2
    no close friends =2
    no real friends =2
    zero friends =2
    not a single friend =2
    don't have any friends =2
    don't have friends =2
    didn't have any friends =2
    very few friends =1.5
    hardly any friends =1.5
    no one close
    nobody close
    friend~ move~ away
    everyone move~ away =1.5
    everyone * too busy
    shrinking circle =1.5
    circle~ shrank =1.5
    circle~ shrunk =1.5
    circle~ * shrank =1.5
    circle~ * shrunk =1.5
    circle~ shrink~ =1.5
    circle~ * shrinking =1.5
    circle~ got smaller =1.5
    circle~ * smaller
    smaller circle
    circle is small
    circle is tiny
    social circle~ =0.5
    inner circle =0.5
    social world~ shrink~ =1.5
    social world~ * shrink~ =1.5
    no social life =1.5
    social life * nonexistent =1.5
    nonexistent social life =1.5
    non-existent social life =1.5
    friend group fell apart =1.5
    friendship recession =2
    dunbar =0.5
    core discussion network~
    outliv~ * friends =1.5

    outlived everyone =1.5
    outlived most =1.5
    friend~ .. move~ away =1.5
    friend~ .. moved away =1.5
    everyone i knew =1
    everyone i knew .. left =1.5
    everyone i knew .. gone =1.5
    everyone i knew moved =1.5
    everyone .. moved away =1.5
    all my friends .. moved =1.5
    all my friends .. left =1
    all my friends are married =1
    friend~ .. fell away =1.5
    fell away =0.5
    friend~ .. drop~ off =1.5
    friend~ .. drop~ away =1.5
    drift~ off one by one =1.5
    friend~ .. drifted off =1.5
    friend~ have drifted =1.5
    friend~ .. stop~ calling =1.5
    friend~ .. stopped calling =1.5
    people stop~ calling =1.5
    calls stopped =1.5
    the calls stopped =1.5
    call~ dried up =1.5
    invitation~ dried up =1.5
    invitation~ thinned =1.5
    invitation~ .. thinned out =1.5
    invitation~ slowed =1.5
    invitation~ .. slowed =1.5
    invitation~ stop~ coming =1.5
    visits stopped =1.5
    visits .. stopped =1
    visits dwindl~ =1.5
    visit~ .. taper~ off =1.5
    call~ .. taper~ off =1.5
    message~ .. taper~ off =1.5
    text~ .. taper~ off =1.5
    taper~ off =0.5
    visits dried up =1.5
    messages dried up =1.5
    texts dried up =1.5
    visits thinned out =1.5
    calls thinned out =1.5
    visits petered out =1.5
    calls petered out =1.5
    friendship~ petered out =1.5
    petered out =0.5
    messages stopped =1.5
    texts stopped =1.5
    letters stopped =1.5
    the phone stopped =1.5
    stop~ coming round =1.5
    stop~ coming around =1.5
    stop~ coming over =1.5
    stop~ coming by =1.5
    stop~ dropping by =1.5
    stop~ dropping in =1.5
    stop~ visiting =1.5
    kids never visit =1.5
    never visit~ =1
    never come~ to visit =1.5
    n't made any friends =2
    n't made a single friend =2
    n't made friends =2
    n't found new friends =1.5
    made zero friends =2
    still haven't made =1.5
    yet to make a friend =2
    yet to make friends =2
    last of my * friends =1.5
    friend~ .. moved to =1
    friend~ moved =1
    best friend moved =1.5
    dwindl~ =0.5
    friend~ .. dwindl~ =1.5
    friend~ .. died =1.5
    friend~ have died =1.5
    friend~ .. passed away =1.5
    friend~ .. in care homes =1.5
    last of my friends =1.5
    last one left =1.5
    only one left =1
    no one left who =2
    nobody left who =2
    no one left to =2
    nobody left to =2
    friend~ went with him =1.5
    friend~ went with her =1.5
    friend~ .. went with him =1.5
    friend~ .. went with her =1.5
    he got the friends =1.5
    she got the friends =1.5
    lost our friends =1.5
    lost my friends =1.5
    lost * friends in the divorce =2
    used to have friends =1.5
    used to have a * group =1
    used to have a * group of friends =1.5
    used to have * friends =1
    shrank to =1
    shrunk to =1
    world~ .. shrunk =1.5
    world~ .. shrank =1.5
    world~ has shrunk =2
    world has narrowed =2
    world~ .. narrow~ to =1.5
    world~ .. narrowed =1.5
    world is this =1
    life has shrunk =2
    life .. shrunk to =1.5
    not in touch with =1.5
    no longer in touch =1.5
    not in touch with anyone =2
    haven't heard from anyone =1.5
    don't hear from anyone =1.5
    never hear from anyone =1.5
    rarely hear from =1
    barely hear from =1
    rarely ring~ =0.5
    rarely call~ =0.5
    rarely visit~ =1
    friends .. too busy =1
    everyone's too busy =1
    everyone is too busy =1
    no one .. to hang out =1.5
    family is scattered =1.5
    family~ .. scattered =1

    people i used to see =1.5
    slowed to a trickle =1
    visits slowed =1.5
    calls slowed =1.5
    everyone else scattered =1.5
    everyone scattered =1.5
    friends .. have kids now =1
    n't fit into their lives =1.5
    n't fit in their lives =1.5
    n't hugged anyone =2
    n't hugged anybody =2
    n't really have friends =2
    n't really have any friends =2
    n't have any real friends =2
    n't have many friends =1.5
    n't seen any of my friends =1.5
    n't seen my friends in =1.5
    another time zone =0.5
    n't in my life anymore =1.5
    n't in my life any more =1.5
    busy with their own lives =1
    their own lives now =1
    so long since we talked =1.5
    long since we talked =1.5
    long since we spoke =1.5
    long since i talked to =1.5
    long since i spoke to =1.5
    long since i've seen =1
    since we last spoke =1
    since we last talked =1
    card list is down to =1.5
    christmas card list =0.5
    letters .. thinned =1.5
    calls .. thinned =1.5
    visits .. thinned =1.5
    messages .. thinned =1.5
    texts .. thinned =1.5
    shrink~ your world =1.5
    shrink~ my world =1.5
    world shrink~ =1.5
    world~ got smaller =1.5
    world~ .. got smaller =1.5
    n't have a single friend =2
    miss~ people =1

    # round 3: friendships that were only ever through work
    came through work =1
    friends were .. from work =1.5
    friends were .. through work =1.5
    mates were .. from work =1.5
    mates were .. through work =1.5
    only friends were work =1.5
    were all work friends =1.5

    # round 4: general forms from four new writers (arts/academia, clubs/faith, city margins, columnists)
    friends are either =1
    circle~ * used to be =1.5
    my circle used to =1.5
    circle .. the size of =1.5
    my circle is =1
    one by one .. drift~ =1.5
    mostly his friends =1.5
    mostly her friends =1.5
    really his friends =1.5
    really her friends =1.5
    were his friends =1
    were her friends =1
    friend~ are all couples =1.5
    all couples who =1
    n't spoken in a year =1
    n't spoken in years =1
    n't spoken in months =1
    haven't spoken since =0.7

# ---------------------------------------------------------------------------------------------

    # round 5: friends who drift, a social world lost, no friend's house, everyone has someone
    friend~ all drift~ =1.5
    friend~ just drift~ =1.5
    friend~ drift~ away =1.5
    lost my .. social life =1.5
    lost my .. social world =2
    lost my .. social circle =2
    n't been to a friend~ =1.5
    all had babies =0.7
    everyone has someone =1.5
    everyone else has someone =1.5
    even the .. have each other =1.5
    nobody's name =1

facet cut-off
about Being cut off by distance or loss: a new city where no one is known, estrangement, divorce, widowhood, lockdown, far from everyone.
source U.S. Surgeon General (2023). Our Epidemic of Loneliness and Isolation (social isolation as objective lack of contact); Holt-Lunstad, J. et al. (2015). Loneliness and social isolation as risk factors for mortality. Perspectives on Psychological Science 10(2).

    cut~ off from =1.5
    feel~ cut off =2
    felt cut off =2
    completely cut off =2
    estrang~ =1.5
    no contact with anyone =2
    no contact with * family =1.5
    far from home =0.5
    far from family
    far from everyone =1.5
    miles from anyone =1.5
    no one nearby
    no family nearby =1.5
    no family here =1.5
    no friends here =1.5
    no family =1
    don't know anyone =1.5
    didn't know anyone =1.5
    knew no one =1.5
    know no one =1.5
    knew nobody =1.5
    know nobody =1.5
    not a soul
    move~ across the country
    moved away =0.5
    a stranger in my own
    uproot~
    homesick~
    widowed =0.5
    widowhood
    empty nest =0.5
    empty nester~
    since i retired =0.5
    lockdown~ =0.3
    quarantin~ =0.5
    social distancing =0.5
    in the middle of nowhere =0.5
    marooned
    like i was on an island =1.5
    left all alone =2
    fend for myself =0.5
    everyone * gone

    new in town =1
    new to the city =1
    new to the area =1
    since i moved here =1
    since moving here =1
    since we moved here =1
    moved halfway across the world =1
    halfway across the world =0.5
    other side of the world =0.5
    different time zone~ =0.5
    barely speak the language =1
    don't speak the language =1
    didn't speak the language =1
    don't know a single person =2
    didn't know a single person =2
    don't know a soul =2
    didn't know a soul =2
    don't recognise a soul =1.5
    don't recognize a soul =1.5
    don't know anybody =1.5
    didn't know anybody =1.5
    doesn't know anyone =1.5
    no longer knows anyone =2
    no longer know anyone =2
    don't know anyone here =2
    know~ nobody here =2
    only person i know =1
    only people i know =1
    # widowhood and bereavement
    widow =0.5
    widows =0.5
    widower =1
    widowers =1
    since my husband passed =1.5
    since my wife passed =1.5
    since my husband died =1.5
    since my wife died =1.5
    since my partner died =1.5
    since he passed =1
    since she passed =1
    since * passed =0.5
    lost my husband =1
    lost my wife =1
    lost my partner =0.5
    after the funeral .. stopped =1.5
    # life stages and schedules
    since the kids left =1.5
    since the kids moved out =1.5
    after the kids left =1.5
    the kids left home =1.5
    kids left home =1
    kids moved out =0.5
    left for university =0.5
    left for college =0.5
    since retiring =1
    after i retired =0.5
    since retirement =1
    retirement was supposed to be =1
    whole social life =1.5
    my social life is =0.5
    my social life =0.5
    social life consists of =1.5
    everyone is asleep =1
    everyone else is asleep =1.5
    everyone's asleep =1
    out of sync =0.5
    out of sync with =1
    out of step with everyone =1.5
    on a different clock =1.5
    on a screen =0.5
    through a screen =1
    from behind a screen =1
    full-time carer =1
    full-time caregiver =1
    carer for =0.5
    caregiver for =0.5
    can't get out =1
    couldn't get out =0.5
    don't get out much =1.5
    never get out =1.5
    rarely get out =1.5
    don't get out =1
    rarely go out =1.5
    never go out =1.5
    too big for one =1.5
    a visitor in my own =1.5
    visitor in my own =1.5
    barely left the =1.5
    hardly left the =1.5
    rarely left the =1.5
    barely leave~ the =1.5
    hardly leave~ the =1.5
    rarely leave~ the =1.5
    haven't left the =1.5
    nearest neighbour is =1
    nearest neighbor is =1
    miles from the nearest =1.5
    don't know my neighbours =1.5
    don't know my neighbors =1.5
    don't know * neighbours =1
    don't know * neighbors =1
    don't know any of my neighbours =1.5
    don't know any of my neighbors =1.5
    neighbour's name =0.5
    neighbor's name =0.5
    language barrier =1
    expat =0.3
    in a care home =0.5
    in the care home =0.5
    pull~ away from everyone =1.5
    pull~ back from everyone =1.5
    pulled away from everyone =1.5

    new in * city =0.5
    new to * city =0.5
    new in a town =1
    language i don't speak =1
    language i can't speak =1
    language i didn't speak =1
    far away from everyone =1.5
    far from anyone =1.5
    feel~ .. cut off =2
    nobody .. know~ who i am =1
    no one .. know~ who i am =1
    friends .. miles away =1
    might as well be on the moon =1.5
    might as well be on mars =1.5
    might as well live on the moon =1.5

    # round 3: distance and the neighbours one never meets
    nearest neighbour~ =1
    nearest neighbor~ =1
    n't see~ another soul =2
    n't see~ another person =2
    n't see~ another human =2
    n't see~ another face =1.5
    n't see~ another woman =1.5
    n't see~ another man =1.5
    n't see~ anyone for =1.5
    n't know~ .. neighbours =1.5
    n't know~ .. neighbors =1.5
    n't know the names of the people =2
    n't know the names of =1

    # round 4: general forms from four new writers (arts/academia, clubs/faith, city margins, columnists)
    n't know a single =1.5
    n't know * single =1
    n't know a single other =2
    n't know a * soul =1.5
    n't know~ .. neighbour =1.5
    n't know~ .. neighbor =1.5
    n't pick~ my neighbo* =1.5
    neighbo* out of a line-up =1.5
    never learn~ a single =1.5
    nod~ in the lift =1.5
    nod~ in the elevator =1.5
    nod~ in the hall* =1
    nod~ in the corridor =1
    nod~ on the stairs =1
    by the sound of * door =1
    time zones line up =1
    time zone~ =0.5
    nearest friend =1.5
    friend~ .. another continent =1
    while i'm asleep =0.5
    never awake for =1
    feel~ .. far away from them =1
    feel~ very far away =1
    in twos and threes =1
    going home to someone =1.5
    go home to someone =1.5
    home to someone =1

# ---------------------------------------------------------------------------------------------
facet withdrawal
about Pulling back from others: shutting oneself in, cutting oneself off, avoiding people, declining invitations, not leaving the house.
source Cacioppo & Patrick (2008), the self-reinforcing loop of loneliness and withdrawal; Kato, T. A., Kanba, S. & Teo, A. R. (2019). Hikikomori: multidimensional understanding. World Psychiatry 18(1).

    withdrawn =0.5
    become~ withdrawn =1.5
    became withdrawn =1.5
    so withdrawn =1.5
    more withdrawn =1.5
    socially withdrawn =2
    social withdrawal =2
    withdr* from everyone =2
    withdr* from friends =2
    withdr* from people =2
    withdr* from the world =1.5
    withdr* into myself =2
    shut~ myself away =2
    shut~ myself off =2
    shut~ myself in =2
    shut~ the world out =1.5
    shut~ out the world =1.5
    shut~ everyone out =1.5
    shut~ people out =1.5
    cut~ myself off =2
    isolate~ myself =2
    keep~ to myself
    kept to myself
    keep~ my distance
    kept my distance
    distanc~ myself
    hole~ up
    hide~ from everyone =1.5
    hid from everyone =1.5
    avoid~ people =1.5
    avoid~ everyone =1.5
    avoid~ * friends
    avoid~ social
    stop~ going out =1.5
    stop~ answering * phone =1.5
    stop~ returning * call~ =1.5
    stop~ seeing * friends =1.5
    stop~ seeing people =1.5
    stop~ seeing anyone =1.5
    stop~ talking to anyone =1.5
    stop~ leaving the house =2
    never leave~ the house =1.5
    rarely leave~ the house =1.5
    don't leave the house =1.5
    didn't leave the house =1.5
    haven't left the house =1.5
    cancel~ plans
    turn~ down invitations =1.5
    turn~ down every invitation =1.5
    decline~ invitations =1.5
    decline~ every invitation =1.5
    push~ people away =1.5
    push~ everyone away =1.5
    retreat~ into myself =1.5
    retreat~ from the world =1.5
    into my shell =1.5
    in my shell
    antisocial =0.5
    anti-social =0.5
    don't want to see anyone =1.5
    didn't want to see anyone =1.5
    want~ to be alone =0.5
    need~ to be alone =0.5
    want~ to be left alone =0.5

    pretend~ to read =1
    pretending to read =1
    sit~ in my car =0.5
    sit~ in my truck =0.5
    hide~ in the bathroom =1.5
    hid in the bathroom =1.5
    stopped going =0.5
    stop~ saying yes =1
    always have to say no =1
    let it go to voicemail =1
    screen~ my calls =1

    keep~ myself to myself =1.5
    kept myself to myself =1.5
    keep~ herself to herself =1
    keep~ himself to himself =1
    keep~ ourselves to ourselves =1
    sit~ in my room =1
    stay~ in my room =1
    hide~ in my room =1.5
    time in my room =1
    say~ no to everything =1
    saying no to everything =1
    if i was still alive =1
    if i'm still alive =1

    # round 4: general forms from four new writers (arts/academia, clubs/faith, city margins, columnists)
    easier to stay in =1.5
    the staying in =1
    stop~ turn~ up =1
    i just stop~ show~ up =1
    n't been anywhere =1
    haven't been anywhere since =1.5
    good at saying no =1
    call~ it withdrawing =1.5
    withdrawing =0.5

# ---------------------------------------------------------------------------------------------

    # round 5
    get out more =0.5

facet empty-home
about The quiet of a home emptied by death, divorce, children leaving or living alone: silence, echoes, the empty chair and bed, coming home to dark rooms.
source Victor, C., Scambler, S. & Bond, J. (2009). The Social World of Older People: Understanding Loneliness and Social Isolation in Later Life. Open University Press; Weiss, R. S. (1973). Loneliness: The Experience of Emotional and Social Isolation. MIT Press.

    house is so quiet =1.5
    house is too quiet =2
    house * too quiet =1.5
    flat is too quiet =2
    apartment is too quiet =2
    too quiet now =1.5
    so quiet now =1.5
    quiet now =0.5
    too quiet =0.7
    silent apartment =1.5
    silent house =1.5
    silent flat =1.5
    silent home =1.5
    quiet house =1
    quiet apartment =0.5
    quiet flat =0.5
    dark apartment =1
    dark house =0.5
    dark silent apartment =1.5
    come~ home to a dark =1.5
    came home to a dark =1.5
    come~ home to a silent =2
    came home to a silent =2
    come~ home to a quiet =1.5
    came home to a quiet =1.5
    come~ home to an empty house =2
    house echoes =2
    house echo~ =1.5
    echo~ through the house =1.5
    echo~ down the hall =1.5
    echoing house =1.5
    echoing apartment =1.5
    empty rooms =1
    empty room =0.5
    empty bedroom =0.5
    empty chair at my table =2
    empty chair at the table =1.5
    empty seat at the table =1.5
    empty place at the table =1.5
    empty table =1
    head of an empty table =2
    empty side of the bed =2
    other half of the bed =1.5
    other side of the bed is =1
    side of the bed is cold =2
    half of the bed is cold =2
    the bed is cold =1
    hear the fridge =1.5
    hum of the fridge =1.5
    fridge hum =1
    the ticking clock =0.5
    ticking of the clock =0.5
    the clock ticking =0.5
    hear the clock =1
    doesn't know what to do with the silence =2
    what to do with the silence =1.5
    too big now =1
    house is too big =1.5
    too big for me =0.5
    only me in the house =2

    loudest thing in my =1.5
    loudest thing in the house =1.5
    loudest thing in the flat =1.5
    silence in * apartment =1.5
    silence in * flat =1.5
    silence in * house =1
    silence in * home =1
    house silent =1.5
    house is silent =1.5
    flat is silent =1.5
    apartment is silent =1.5
    echo follow~ =1.5
    echo .. follow~ me =1.5
    voice .. rusty =1.5
    silence is the hardest =1.5
    the silence is the worst =1.5

    # round 3: the second person gone from the household
    when there were two of us =1.5
    used to be two of us =1.5
    only one of us now =1.5
    just one of us now =1.5
    quiet follow~ me =1
    silence follow~ me =1

    # round 4: general forms from four new writers (arts/academia, clubs/faith, city margins, columnists)
    the room empties =1
    room~ empt~ and =0.7
    long and very quiet =1.5
    very long and * quiet =1.5
    evening~ * very long =1
    quietest place =0.7
    house is quiet in a way =1.5
    quiet in a way that =1

# ---------------------------------------------------------------------------------------------
facet imagery
about Loneliness carried by figures of speech: being an island, behind glass, watching life through a window, a ghost, shouting into the void, a message in a bottle, cast adrift.
source Weiss, R. S. (1973). Loneliness: The Experience of Emotional and Social Isolation. MIT Press; Moustakas, C. E. (1961). Loneliness. Prentice-Hall.

    become an island =2
    became an island =2
    i am an island =2
    i'm an island =2
    an island unto myself =2
    my own little island =1.5
    on my own island =1.5
    like an island =1.5
    on an island =0.5
    castaway =1
    cast adrift =1.5
    message in a bottle =1
    other side of the glass =2
    other side of the window =1.5
    through glass =1
    through the glass =1
    behind glass =1.5
    behind a glass wall =2
    glass wall =1
    pane of glass =1
    through a window =0.5
    from my window =0.5
    through my window =1
    watch~ life go by =1.5
    watch~ life happen =1.5
    watch~ life .. through =1.5
    watch~ life from =1.5
    life happen~ without me =2
    life happen~ to other people =2
    life * going on without me =1.5
    going on without me =1
    go~ on without me =1
    none of it includes me =1.5
    none of it include~ me =1.5
    windows light up =1.5
    neighbours' windows =1
    neighbors' windows =1
    watch~ the neighbours =0.5
    watch~ the neighbors =0.5
    on the outside looking in =1.5
    outside looking in =1
    edge of the party =1.5
    a ghost in =1
    like a ghost =1
    ghost in my own =1.5
    shout~ into the void =1.5
    into the void =0.5
    echo~ back =0.5
    in my own bubble =1
    in a bubble =0.5
    bell jar =1.5
    under glass =1
    in a glass box =1.5
    in a fishbowl =0.5
    invisible thread =0.5
    no one to catch me =1.5
    nobody to catch me =1.5
    fall through the cracks =0.5
    the only voices =1.5
    only voices in =1.5
    the only voice =1
    nobody sees my face =1.5
    no one sees my face =1.5

    edge of a party =1.5
    shout~ into a well =1.5
    only my own voice =1.5
    my own voice come~ back =1.5
    lighthouse keeper~ =1
    background character =0.7

    # round 3: looking in at other lives; a world that stopped calling
    other people's windows =1.5
    other people's lit =1.5
    lit windows =1
    the world .. forgot =1
    world forgot~ about me =1.5

# ---------------------------------------------------------------------------------------------

    # round 5: things and machines that keep me company
    only companion =1.5
    become my companion =1
    become my * companion =1
    if you count the =0.5

facet public-health-frame
about Loneliness and isolation named as a social and public-health problem: the loneliness epidemic, lack of social connection.
source U.S. Surgeon General (2023). Our Epidemic of Loneliness and Isolation; Putnam, R. D. (2000). Bowling Alone.

    social connection =0.5
    lack of social connection =2
    lack of connection =1.5
    lack of * connection =1.5
    surgeon general =0.5
    holt-lunstad
    cacioppo =0.5
    fifteen cigarettes
    15 cigarettes
    cigarettes a day =0.5
    loneliness epidemic =2
    epidemic of loneliness =2
    bowling alone =1.5
    parasocial =0.5

# ---------------------------------------------------------------------------------------------
# Exclusions.
    - let alone                     # "let alone" = "much less"
    - leave * alone                 # imperative "leave me/it/her alone": see the decision above
    - leave alone
    - leave .. alone
    - n't that i was alone
    - not that i was alone
    - n't that i'm alone
    - not that i'm alone
    - n't that i was lonely
    - not that i was lonely
    - n't that i'm lonely
    - not that i'm lonely
    - by me alone
    - by you alone
    - by him alone
    - by her alone
    - by them alone
    - by us alone
    - alone can
    - alone can't
    - alone won't
    - alone isn't enough
    - alone is not enough
    - alone wasn't enough
    - alone was not enough
    - nobody would know how
    - no one would know how
    - nobody would know what
    - no one would know what
    - left it alone
    - left well enough alone
    - leave well enough alone
    - leave well alone
    - stand-alone
    - can stand alone
    - this alone
    - that alone
    - last year alone
    - this year alone
    - last month alone
    - this month alone
    - last week alone
    - this week alone
    - alone in thinking
    - alone in believing
    - lonely planet
    - lonely hearts club
    - lone pair                     # guard only: "lone" is not an entry
    - lone wolf attack~
    - lone wolf terror*
    - isolate~ the variable
    - isolate~ the problem
    - isolate~ the cause
    - isolate~ the issue
    - isolate~ the effect
    - isolate~ the circuit
    - isolate~ the gene
    - isolate~ the virus
    - isolate~ the bacteria
    - isolate~ the compound
    - isolated incident~
    - isolated case~
    - isolated event~
    - isolated example~
    - isolated instance~
    - isolated showers
    - isolated thunderstorm~
    - isolated storm~
    - taken in isolation
    - viewed in isolation
    - considered in isolation
    - seen in isolation
    - looked at in isolation
    - read in isolation
    - evaluated in isolation
    - studied in isolation
    - isolation transformer~
    - noise isolation
    - sound isolation
    - vibration isolation
    - isolation level~
    - electrically isolated
    - disconnect~ the
    - got disconnected
    - call * disconnected
    - call disconnected
    - disconnected from the internet
    - disconnected from wifi
    - disconnected from wi-fi
    - disconnected from the network
    - disconnected from the server
    - disconnected from the power
    - hermit crab~
    - withdrawn from the market
    - withdrawn from sale
    - lockdown drill~
    - drift~ away from the dock
    - drift~ away from the shore
    - went quiet for a moment
    - solitary bee~
    - solitary wasp~
    - on my own terms
    - no one left behind
    - no family history
    - a disconnect between
    - disconnect between
    - avoid~ social media
    - in my shell script
    - enjoy~ my alone time
    - enjoy~ being alone
    - love~ being alone
    - love~ my alone time
    - cherish~ my alone time
    - enjoy~ my own company
    - enjoy~ the quiet
    - enjoy~ the silence
    - happy on my own
    - happily on my own
    - perfectly happy by myself
    - lost touch with reality
    - lost touch with the plot
    - never alone with
    - island holiday
    - desert island
    - isolate~ the plant
    - isolate~ the * plant
    - isolate~ the * circuit
    - isolate~ the * problem
    - isolate~ the * cause
    - isolate~ the * issue
    - isolate~ the * variable
    - isolate~ infected
    - isolate~ the sick
    - no one to blame
    - nobody to blame
    - no one to enforce
    - nobody to enforce
    - no one to answer to
    - nobody to answer to
    - side of the story
    - side of the family
    - side of the argument
    - side of the road
    - side of the street

    - the quiet carriage
    - quiet carriage
    - quiet car


    # round 2 exclusions: technical "isolate X", others' assumptions that the writer goes on to deny,
    # liked solitude, literal "dropped off"
    - isolate the
    - isolates the
    - isolating the
    - isolate any
    - isolate a
    - 've isolated the
    - have isolated the
    - i isolated the
    - we isolated the
    - ask~ if i'm isolated
    - ask~ if i'm lonely
    - ask~ if i get lonely
    - ask~ if i ever get lonely
    - ask~ if .. is lonely
    - ask~ if .. gets lonely
    - must be lonely
    - must get lonely
    - must be isolating
    - people find .. isolating
    - nobody left me
    - no one left me
    - nobody left us
    - no one left us
    - nobody left * out
    - no one left * out
    - like~ my own company
    - quite like my own
    - drop~ off meals
    - drop~ off food
    - drop~ off a
    - drop~ off some
    - drop~ off dinner
    - i'm only human
    - 'm only human
    - we're only human
    - only human after all
    - just so the kids
    - closest thing to a holiday
    - love~ living alone
    - enjoy~ living alone
    - like~ living alone
    - nearest thing to a holiday
    # round 3 exclusions: technical isolation (tradesmen: supply, fault, alternator), others' assumptions,
    # someone else's widow, a radio-arguing relative
    - isolate~ the
    - isolated fault~
    - isolated * fault~
    - acoustically isolated
    - thermally isolated
    - isolation loop
    - isolation exercise~
    - assume~ .. isolating
    - assume~ .. isolated
    - assume~ .. lonely
    - ask~ if i'm .. isolated
    - 's widow
    - his widow
    - who argu~ with the radio
    - who talk~ to the radio
    # round 4 exclusions: technical isolation (lab, audio, data), others' predictions the writer denies
    - isolation forest~
    - isolation booth~
    - isolation hood~
    - isolation tank~
    - isolated corner
    - would be isolating
    - warn~ .. isolating
    - warn~ me .. isolating
    - says i'm isolating
    - say~ i'm isolating
    - ask~ if i feel
    - expect~ to feel cut off
    - expected to feel
    - assume~ .. is isolating
    - assume~ .. is lonely
    - withdrawing cash
    - withdrawing money
    # round 5 exclusions: chosen solitude, others' questions and predictions, literal isolation rooms
    - nobody to wait for
    - no one to wait for
    - alone by choice
    - isolation hospital~
    - isolate each
    - ask~ if it's isolating
    - ask~ if it's lonely
    - ask~ if .. made me feel
    - think~ .. would be lonely
    - isolation room~
    - assume~ .. end up isolated
