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
# stem(ate)=ate, stem(sat)=sat, stem(slept)=slept, stem(spent)=spent, stem(went)=went, stem(knew)=knew:
# these past forms are written out; withdr* is a wildcard because withdrew and withdrawn have their
# own stems.
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

lexicon essay-themes
version 2026.11.0
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
    lonesomeness =1.5
    alone
    all alone =2
    so alone =1.5
    completely alone =2
    utterly alone =2
    totally alone =2
    entirely alone =2
    truly alone =1.5
    very alone =1.5
    alone again =1.5
    alone in the world =2
    alone in this world =2
    feel~ alone =2
    felt alone =2
    felt so alone =2
    feel~ so alone =2
    alone in a crowd =2
    alone in a room full of people =2
    surrounded by people but =1.5
    surrounded by people yet =1.5
    around me but not with me =2
    isolate~ =1.5
    socially isolated =2
    social isolation =2
    self-isolat* =1
    disconnect~
    feel~ disconnected =1.5
    felt disconnected =1.5
    disconnected from everyone =2
    disconnected from the world =1.5
    disconnected from people =1.5
    disconnected from others =1.5
    social disconnection =2
    socially disconnected =2
    alienated =1.5
    alienation
    friendless =2
    emptiness =0.5
    companionship =0.5
    lack~ companionship =1.5
    no companionship =1.5
    crave~ companionship
    long~ for connection =1.5
    crave~ connection =1.5
    starv~ for connection =1.5
    starved for connection =1.5
    starved for affection
    touch-starved =1.5
    touch starved =1.5
    skin hunger =1.5
    crave~ human contact =1.5
    human contact =0.5
    no human contact =1.5
    without human contact =1.5
    human connection =0.5
    no one really knows me =2
    nobody really knows me =2
    no one knows me =1.5
    nobody knows me =1.5
    no one understands me
    nobody understands me
    nobody gets me
    solitary
    solitude =0.5
    recluse =1.5
    reclusive =1.5
    hermit~
    loner~ =1.5
    lone wolf =0.5
    shut-in =1.5
    shut-ins =1.5
    housebound
    homebound
    bedbound =0.5
    bedridden =0.5
    hikikomori =2
    alone time =0.5
    go~ it alone =0.5
    by myself =0.5
    all by myself
    on my own =0.5

# ---------------------------------------------------------------------------------------------
facet alone-in-daily-life
about Concrete scenes of solitude: eating, sitting, sleeping and spending holidays alone; the empty apartment; the phone that never rings.
source Cacioppo, J. T. & Patrick, W. (2008). Loneliness: Human Nature and the Need for Social Connection. Norton; U.S. Surgeon General (2023). Our Epidemic of Loneliness and Isolation.

    eat~ alone =1.5
    ate alone =1.5
    eat~ lunch alone =1.5
    ate lunch alone =1.5
    eat~ dinner alone =1.5
    ate dinner alone =1.5
    eat~ by myself =1.5
    ate by myself =1.5
    sat alone =1.5
    sit~ alone =1.5
    sat by myself =1.5
    sit~ by myself =1.5
    dine~ alone =1.5
    dinner for one =1.5
    table for one =1.5
    drink~ alone
    drank alone
    live~ alone
    sleep~ alone
    slept alone
    wake~ up alone =1.5
    woke up alone =1.5
    come~ home to an empty =2
    came home to an empty =2
    empty apartment =1.5
    empty house
    empty flat =1.5
    empty home
    empty bed
    silent apartment
    quiet apartment =0.5
    night~ alone =1.5
    weekend~ alone =1.5
    holiday~ alone =1.5
    christmas alone =1.5
    thanksgiving alone =1.5
    new year's eve alone =1.5
    birthday~ alone =1.5
    alone on my birthday =2
    alone on * birthday =2
    alone on christmas =1.5
    alone on thanksgiving =1.5
    alone for the holidays =1.5
    alone on weekends =1.5
    alone on valentine's =1
    spent * alone =1.5
    spent * * alone =1.5
    spend~ * alone =1.5
    spend~ * * alone =1.5
    phone never ring~ =1.5
    phone stop~ ringing =1.5
    phone * silent
    nobody ever call~ =1.5
    no one ever call~ =1.5
    no one call~
    nobody call~
    no one ever text~ =1.5
    nobody ever text~ =1.5
    no messages =0.5
    no texts =0.5
    no calls =0.5
    no notifications =0.5
    group chat~ * quiet
    group chat * dead
    group chat~ died
    talk~ to no one =1.5
    talked to no one =1.5
    speak~ to no one =1.5
    spoke to no one =1.5
    without talking to anyone =1.5
    without speaking to anyone =1.5
    haven't talked to anyone =1.5
    hadn't talked to anyone =1.5
    haven't spoken to anyone =1.5
    hadn't spoken to anyone =1.5
    haven't seen anyone =1.5
    hadn't seen anyone =1.5
    saw no one =1.5
    see~ no one =0.5
    talk~ to my cat
    talk~ to my dog =0.5
    talk~ to myself =0.5
    talk~ to the walls
    my only company =1.5
    tv for company =1.5
    television for company =1.5
    radio for company =1.5
    party of one =1.5
    just me and my cat =1.5
    just me and my dog
    home alone
    alone with my thoughts

# ---------------------------------------------------------------------------------------------
facet no-one-to-turn-to
about Missing support and confidants: no one to talk to, call, lean on or count on; nobody checks in, nobody visits.
source Russell (1996), UCLA Loneliness Scale items ("no one I can turn to"); Holt-Lunstad, J., Smith, T. B. & Layton, J. B. (2010). Social relationships and mortality risk. PLoS Medicine 7(7).

    no one to talk to =2
    nobody to talk to =2
    no one to call =2
    nobody to call =2
    no one to text =1.5
    nobody to text =1.5
    no one to turn to =2
    nobody to turn to =2
    no one to lean on =2
    nobody to lean on =2
    no one to confide in =2
    nobody to confide in =2
    no one to share =1.5
    nobody to share =1.5
    no one to hang out with =2
    nobody to hang out with =2
    no one to eat with =2
    no one to sit with =2
    nobody to sit with =2
    no one to spend =1.5
    nobody to spend =1.5
    no one to celebrate with =2
    no one to go with =1.5
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
    no support =0.5
    no safety net =0.5
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
    there's no one =0.5
    there was no one =0.5
    my only friend
    no one left =1.5
    nobody left =1.5

# ---------------------------------------------------------------------------------------------
facet shrinking-circle
about A social world that contracts: drifting apart, losing touch, fewer friends, friendships that fade, a circle that shrinks.
source Dunbar, R. I. M. (2018). The anatomy of friendship. Trends in Cognitive Sciences 22(1), 32-51; McPherson, M., Smith-Lovin, L. & Brashears, M. E. (2006). Social isolation in America. American Sociological Review 71(3).

    drift~ apart =1.5
    drift~ away
    drift~ away from
    grew apart =1.5
    grow~ apart =1.5
    grown apart =1.5
    lost touch =1.5
    lose~ touch =1.5
    fell out of touch =1.5
    fall~ out of touch =1.5
    fallen out of touch =1.5
    out of touch with * friends =1.5
    lost contact =1.5
    lose~ contact =1.5
    lost track of each other =1.5
    lose~ track of each other =1.5
    friendship~ fade~ =1.5
    friendship~ * fade~ =1.5
    friendship~ fizzl~ =1.5
    friendship~ * fizzl~ =1.5
    friendship~ * died
    fizzl~ out =0.5
    connections went quiet =1.5
    went quiet =0.5
    lost * friends =1.5
    lost all my friends =2
    lost most of my friends =2
    lose~ friends
    fewer friends =1.5
    fewer close friends =1.5
    fewer and fewer =0.5
    no friends =2
    no close friends =2
    no real friends =2
    no true friends =1.5
    zero friends =2
    not a single friend =2
    don't have any friends =2
    don't have friends =2
    didn't have any friends =2
    very few friends =1.5
    only a few friends
    hardly any friends =1.5
    barely any friends =1.5
    no one close
    nobody close
    friend~ move~ away
    everyone move~ away =1.5
    everybody move~ away =1.5
    everyone * busy =0.5
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
    circle~ * small
    social circle~ =0.5
    inner circle =0.5
    social world~ shrink~ =1.5
    social world~ * shrink~ =1.5
    no social life =1.5
    social life * nonexistent =1.5
    nonexistent social life =1.5
    non-existent social life =1.5
    social life died =1.5
    friend group fell apart =1.5
    friendship recession =2
    friendship crisis =1.5
    dunbar =0.5
    core discussion network~
    outliv~ * friends =1.5
    outlived

# ---------------------------------------------------------------------------------------------
facet cut-off
about Being cut off by distance or loss: a new city where no one is known, estrangement, divorce, widowhood, lockdown, far from everyone.
source U.S. Surgeon General (2023). Our Epidemic of Loneliness and Isolation (social isolation as objective lack of contact); Holt-Lunstad, J. et al. (2015). Loneliness and social isolation as risk factors for mortality. Perspectives on Psychological Science 10(2).

    cut~ off from =1.5
    feel~ cut off =2
    felt cut off =2
    completely cut off =2
    so cut off =1.5
    cut off from the world =2
    cut off from everyone =2
    estrang~ =1.5
    no contact with anyone =2
    no contact with * family =1.5
    far from home =0.5
    far from family
    far from everyone =1.5
    far away from everyone =1.5
    miles from anyone =1.5
    hours from anyone
    no one nearby
    nobody nearby
    no family nearby =1.5
    no family here =1.5
    no friends here =1.5
    no family =1
    no family left =1.5
    don't know anyone =1.5
    didn't know anyone =1.5
    doesn't know anyone
    knew no one =1.5
    know no one =1.5
    knew nobody =1.5
    know nobody =1.5
    not a soul
    not a soul to =1.5
    new city =0.5
    move~ to a new city
    moved to a new city
    moved across the country
    move~ across the country
    moved away =0.5
    new town =0.5
    stranger in a strange land
    a stranger in my own
    uproot~
    homesick~
    after the divorce =0.5
    since the divorce =0.5
    after my divorce =0.5
    since my divorce =0.5
    since * died =0.5
    widowed
    widowhood
    empty nest
    empty nester~
    empty-nester~
    after retirement =0.5
    since i retired =0.5
    since retiring =0.5
    no coworkers
    working remotely =0.5
    remote work =0.5
    lockdown~ =0.5
    quarantin~ =0.5
    social distancing =0.5
    off the grid =0.5
    in the middle of nowhere =0.5
    stranded =0.5
    marooned
    on an island =0.5
    like i was on an island =1.5
    left alone
    left all alone =2
    left to fend for myself
    fend for myself =0.5
    everyone * gone

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
    withdr* from social =1.5
    withdr* into myself =2
    shut myself in =2
    shut~ myself away =2
    shut~ myself off =2
    shut~ myself in =2
    shut~ the world out =1.5
    shut~ out the world =1.5
    shut~ everyone out =1.5
    shut~ people out =1.5
    cut~ myself off =2
    isolate~ myself =2
    isolating myself =2
    keep~ to myself
    kept to myself
    keep~ my distance
    kept my distance
    distanc~ myself
    holed up
    hole~ up
    hibernat~ =0.5
    hide~ from everyone =1.5
    hid from everyone =1.5
    hide~ from people =1.5
    avoid~ people =1.5
    avoid~ everyone =1.5
    avoid~ * friends
    avoid~ social
    stop~ going out =1.5
    stop~ answering * phone =1.5
    stop~ answering
    stop~ returning * call~ =1.5
    stop~ seeing * friends =1.5
    stop~ seeing people =1.5
    stop~ seeing anyone =1.5
    stop~ talking to people
    stop~ talking to anyone =1.5
    stop~ leaving the house =2
    never leave~ the house =1.5
    rarely leave~ the house =1.5
    don't leave the house =1.5
    didn't leave the house =1.5
    haven't left the house =1.5
    hadn't left the house =1.5
    cancel~ plans
    turn~ down invitations =1.5
    turn~ down every invitation =1.5
    decline~ invitations =1.5
    decline~ every invitation =1.5
    push~ people away =1.5
    push~ everyone away =1.5
    retreat~ into myself =1.5
    retreat~ from the world =1.5
    retreat~ inward
    into my shell =1.5
    in my shell
    antisocial =0.5
    anti-social =0.5
    don't want to see anyone =1.5
    didn't want to see anyone =1.5
    want~ to be alone =0.5
    wanted to be alone =0.5
    need~ to be alone =0.5
    want~ to be left alone =0.5
    wanted to be left alone =0.5

# ---------------------------------------------------------------------------------------------
facet public-health-frame
about Loneliness and isolation named as a social and public-health problem: the loneliness epidemic, lack of social connection.
source U.S. Surgeon General (2023). Our Epidemic of Loneliness and Isolation; Putnam, R. D. (2000). Bowling Alone.

    loneliness epidemic =2
    epidemic of loneliness =2
    social connection =0.5
    lack of social connection =2
    lack of connection =1.5
    lack of * connection =1.5
    lack~ connection
    social connectedness =0.5
    socially connected =0.5
    surgeon general =0.5
    holt-lunstad
    cacioppo =0.5
    fifteen cigarettes
    15 cigarettes
    cigarettes a day =0.5
    bowling alone =1.5
    social infrastructure =0.5
    male loneliness =2
    parasocial =0.5

# ---------------------------------------------------------------------------------------------
# Exclusions.
    - let alone                     # "let alone" = "much less"
    - leave * alone                 # imperative "leave me/it/her alone": see the decision above
    - leave alone
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
    - phone on silent
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
