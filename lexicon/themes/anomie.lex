# anomie.lex: default lexicon for the "anomie" theme of github.com/essaylab/themes.
#
# Durkheim's normlessness as essayists and posters describe it: rules and shared norms that no
# longer guide, loss of moral gravity and shared meaning, disorientation, disillusionment and
# distrust, aimlessness, everyone-for-themselves, and a culture that fragments community.
# No validated anomie text dictionary exists (see anchors.md section 4); entries are seeded from
# the survey scales (Srole 1956 anomia; Teymoori et al. 2016 Perception of Anomie Scale, with its
# two dimensions: breakdown of social fabric, breakdown of leadership) and from the essay register.
# Weights: 0.5 weak or ambiguous, 1 ordinary (default), 1.5-2 strong and explicit.
#
# Decisions: no bare "norm"/"norms"/"rules"/"values"/"change"/"lost" entries: they are far too
# common in neutral text; they appear only inside phrases. Stem notes: stem(anomic)=anom and
# stem(anomie)=anomi, so the forms are listed exactly; stem(atomized)=atom collides with "atom",
# so atomiz*/atomis* forms are exact words; stem(disoriented)=disori but
# stem(disorientation)=disorient, hence disorient*; stem(disillusioned)=disillus but
# stem(disillusionment)=disillusion, hence disillusion*; stem(goes)=goe, so "goes" is written.

lexicon essay-themes
version 2026.11.0
license CC-BY-4.0
about Four themes of social life in personal essays: reciprocity, rejection, anomie, isolation.

theme anomie
about Durkheim's normlessness: rules and shared norms that no longer guide, loss of moral gravity and shared meaning, disorientation, disillusionment, aimlessness; a culture that fragments community.

# ---------------------------------------------------------------------------------------------
facet normlessness
about The explicit vocabulary of anomie: normlessness, eroding or absent norms, moral vacuum and decay.
source Durkheim, E. (1897). Le Suicide (anomic suicide); Durkheim, E. (1893). De la division du travail social (the anomic division of labour).

    anomie =2
    anomic =2
    anomy =2
    anomia =2
    anomies =2
    normless =2
    normlessness =2
    durkheim
    srole
    anomie theory =2
    institutional anomie =2
    moral vacuum =2
    moral void =2
    ethical vacuum =1.5
    values vacuum =1.5
    moral confusion =1.5
    moral drift =1.5
    moral decay =1.5
    moral decline =1.5
    moral collapse =1.5
    moral rot
    moral bankruptcy
    morally bankrupt
    moral chaos =1.5
    moral compass =0.5
    lost * moral compass =1.5
    no moral compass =1.5
    moral gravity
    moral anchor
    moral fabric
    moral order =0.5
    no moral framework =1.5
    shared morality
    collective conscience
    norms erod~ =1.5
    norms * erod~ =1.5
    erosion of norms =2
    erosion of * norms =2
    erod~ norms =1.5
    norm erosion =2
    breakdown of norms =2
    breakdown of * norms =2
    norm breakdown =2
    norms * breaking down =1.5
    norms broke down =1.5
    collapse of norms =2
    collapse of * norms =2
    loosening of norms =2
    loosening of * norms =2
    norms loosen~ =1.5
    norms * loosen~ =1.5
    decline of norms =2
    absence of norms =2
    lack of norms =2
    no norms =1.5
    without norms =1.5
    norms no longer =1.5
    norms don't apply =1.5
    norms * dissolv~ =1.5
    dissolv~ norms =1.5
    norms * gone
    shifting norms =0.5
    changing norms =0.5
    shared norms =0.5
    social norms =0.5
    old norms
    malady of infinite aspiration =2
    infinite aspiration =1.5
    limitless desire~
    alienation =0.5
    lawless =0.5
    lawlessness

# ---------------------------------------------------------------------------------------------
facet rules-no-longer-guide
about The old rules, unwritten rules and social contract that no longer hold: anything goes, nobody plays by the rules.
source Durkheim (1897), Le Suicide; Merton, R. K. (1938). Social structure and anomie. American Sociological Review 3(5), 672-682.

    the old rules
    the old rules don't apply =2
    old rules no longer =1.5
    rules don't apply =1.5
    the rules don't apply anymore =2
    rules no longer apply =1.5
    rules * no longer apply =1.5
    rules * don't apply =1.5
    rules don't matter =1.5
    rules no longer matter =1.5
    rules mean nothing =1.5
    rules * mean nothing =1.5
    the rules changed
    rules * changed
    rules keep~ chang~ =1.5
    nobody knows the rules =1.5
    no one knows the rules =1.5
    don't know the rules anymore =2
    what the rules are anymore =2
    no rules =0.5
    there are no rules =1.5
    no rules anymore =2
    no more rules
    nobody follow~ the rules =1.5
    no one follow~ the rules =1.5
    nobody play~ by the rules =2
    no one play~ by the rules =2
    nobody play~ fair =1.5
    no one play~ fair =1.5
    play~ by the rules =0.5
    rules are for suckers =2
    suckers follow the rules =2
    anything goes =1.5
    everything is permitted =1.5
    everything's permitted =1.5
    nothing is forbidden
    nothing is off-limits
    nothing is off limits
    no boundaries anymore
    no rulebook =1.5
    throw~ out the rulebook =1.5
    threw out the rulebook =1.5
    the rulebook =0.5
    no playbook
    no script =0.5
    no roadmap =0.5
    no guidebook
    no guideposts
    no signposts
    no compass
    without a compass
    no guidance =0.5
    unwritten rules =0.5
    unwritten rules no longer =1.5
    social contract =0.5
    broken social contract =1.5
    social contract * broken =1.5
    tear~ up the social contract =1.5
    social fabric =0.5
    fray~ of the social fabric =2
    fray~ * social fabric =1.5
    tear~ * social fabric =1.5
    social fabric * fray~ =1.5
    social fabric * unravel~ =1.5
    society * unravel~ =1.5
    everything * unravel~ =0.5
    society * coming apart =1.5
    society * falling apart =1.5
    world * falling apart
    coming apart at the seams =0.5
    the center cannot hold =1.5
    the centre cannot hold =1.5
    things fall apart =0.5
    used to mean something =1.5
    doesn't mean anything anymore =1.5
    don't mean anything anymore =1.5
    mean~ nothing anymore =1.5
    move~ the goalposts
    goalposts * moved
    goalposts keep moving =1.5

# ---------------------------------------------------------------------------------------------
facet disorientation-and-meaninglessness
about Srole's anomia as lived: lost bearings, adrift, aimless, nothing makes sense, what's the point, nothing to believe in.
source Srole, L. (1956). Social integration and certain corollaries: an exploratory study. American Sociological Review 21(6), 709-716; Seeman, M. (1959). On the meaning of alienation. American Sociological Review 24(6).

    what's the point =1
    what is the point
    what's even the point =1.5
    what was the point
    what's the point of anything =2
    point of anything =1.5
    what's the use
    why bother
    why even bother =1.5
    why even try
    nothing matters =1.5
    nothing matters anymore =2
    nothing really matters =1.5
    nothing means anything =1.5
    nothing means anything anymore =2
    nothing make~ sense =1.5
    nothing make~ sense anymore =2
    doesn't make sense anymore
    world doesn't make sense =1.5
    world no longer make~ sense =1.5
    don't recognize the world =1.5
    don't recognize this world =1.5
    don't recognize * country =1.5
    world i don't recognize =1.5
    country i don't recognize =1.5
    world * gone mad =1.5
    world gone mad =1.5
    world * gone crazy
    world * upside down =1.5
    topsy-turvy =0.5
    post-truth =1.5
    don't know what's true =1.5
    don't know what's real
    what's real anymore =1.5
    what's true anymore =1.5
    don't know what to believe =1.5
    don't know what to believe anymore =2
    nothing to believe in =1.5
    nothing left to believe in =2
    nothing is sacred =1.5
    nothing sacred
    nothing sacred anymore =2
    nothing is sacred anymore =2
    lost my bearings =1.5
    lost our bearings =1.5
    lost * bearings =1.5
    lose~ * bearings =1.5
    no bearings =1.5
    without bearings =1.5
    lost my footing
    lost * footing
    lose~ * footing
    lost my way
    lose~ my way
    lost our way =1.5
    lost its way =1.5
    lose~ its way =1.5
    lost my compass =1.5
    lost my anchor =1.5
    lost my north star =1.5
    no north star =1.5
    lost my sense of direction =1.5
    no sense of direction =0.5
    no direction
    directionless =1.5
    rudderless =1.5
    unmoored =1.5
    untethered
    unanchored =1.5
    anchorless =1.5
    adrift
    cast adrift =1.5
    set adrift =1.5
    drift~ through life =1.5
    drifting through life =1.5
    drift~ aimlessly =1.5
    aimless~ =1.5
    purposeless~ =1.5
    lack of purpose =1.5
    loss of purpose =1.5
    no sense of purpose =1.5
    no purpose
    without purpose
    lost my purpose
    lost my sense of purpose =1.5
    meaningless~
    meaninglessness =1.5
    loss of meaning =1.5
    crisis of meaning =2
    meaning crisis =2
    lack of meaning =1.5
    no meaning
    without meaning
    devoid of meaning =1.5
    empty of meaning =1.5
    pointless =0.5
    all * pointless =1.5
    feel~ pointless =1.5
    everything * pointless =1.5
    everything * meaningless =2
    going through the motions
    go~ through the motions
    existential crisis
    existential dread
    existential vacuum =2
    existential void =1.5
    spiritual void
    spiritual emptiness
    nihilis* =1
    disorient* =1
    in limbo
    limbo =0.5
    feel~ lost
    felt lost
    felt so lost =1.5
    feel~ so lost =1.5
    lost and confused
    lost soul
    lost generation =1.5
    don't know who i am anymore
    don't know where i fit
    no place in the world
    no place in this world

# ---------------------------------------------------------------------------------------------
facet breakdown-of-social-fabric
about Distrust, disillusionment and perceived moral decline among ordinary people: nobody trusts anybody, values eroding, people out for themselves.
source Teymoori, A., Jetten, J., Bastian, B. et al. (2016). Revisiting the measurement of anomie. PLOS ONE 11(7): e0158370 (Perception of Anomie Scale: breakdown of social fabric).

    disillusion* =1.5
    disenchant* =1
    cynic~
    jaded =0.5
    disaffected
    disaffection
    distrust~
    mistrust~
    trust no one =1.5
    trust nobody =1.5
    can't trust anyone =1.5
    can't trust anybody =1.5
    can't trust people =1.5
    no one can be trusted =1.5
    nobody can be trusted =1.5
    nobody trusts anybody =2
    nobody trusts anyone =2
    no one trusts anyone =2
    no one trusts anybody =2
    don't trust each other =1.5
    don't know who to trust =1.5
    don't know whom to trust =1.5
    who to trust
    whom to trust
    who you can trust
    who you can count on =0.5
    who to count on =0.5
    can't count on anyone =1.5
    can't count on anybody =1.5
    can't rely on anyone =1.5
    loss of trust =1.5
    lost trust in =1.5
    lost all trust =1.5
    lose~ trust in =1.5
    erosion of trust =2
    erod~ trust =1.5
    trust * erod~ =1.5
    collapse of trust =2
    trust deficit =1.5
    low-trust =1.5
    low trust society =2
    social trust
    generalized trust
    lost faith in =1.5
    lose~ faith in =1.5
    lost all faith =1.5
    no faith in =1.5
    faith in humanity =0.5
    common decency =0.5
    no decency =1.5
    decency * dead =1.5
    decency * gone =1.5
    no shame anymore =1.5
    no shame
    shameless~ =0.5
    decline of values =2
    decline in values =2
    values * in decline =1.5
    loss of values =1.5
    lost our values =1.5
    no values
    values * erod~ =1.5
    values * gone
    everyone lies =1.5
    everybody lies =1.5
    everyone cheats =1.5
    everybody cheats =1.5
    everyone * corrupt =1.5
    on the take
    no honor
    no honour
    no loyalty
    no loyalty anymore =1.5
    loyalty * dead =1.5
    chivalry * dead
    honesty * dead =1.5
    people are selfish
    only care~ about themselves =1.5
    only look~ out for themselves =1.5
    only out for themselves =1.5
    out for themselves
    think~ only of themselves =1.5
    nobody help~ anybody =1.5
    no one help~ anyone =1.5
    nobody help~ anyone =1.5
    no one care~ about anyone =1.5
    nobody care~ about anyone =1.5
    hypocris* =0.5
    hypocrit* =0.5
    social decay =1.5
    societal decay =1.5
    societal collapse =1.5
    social breakdown =1.5
    societal breakdown =1.5
    breakdown of society =1.5
    breakdown of community =1.5
    breakdown of the family
    social chaos

# ---------------------------------------------------------------------------------------------
facet breakdown-of-leadership
about Institutions and leaders that have lost legitimacy or effectiveness: the system is broken or rigged, nobody is in charge, nobody cares about people like me.
source Teymoori et al. (2016), Perception of Anomie Scale (breakdown of leadership); Srole (1956), anomia items on officials and the average man's lot.

    the system is broken =1.5
    system * broken
    broken system
    the system * rigged =1.5
    rigged system =1.5
    the game is rigged =1.5
    game * rigged
    everything * rigged =1.5
    institutions * failed =1.5
    institutions * fail~ =1.5
    failing institutions =1.5
    broken institutions =1.5
    hollow institutions
    trust in institutions
    distrust * institutions =1.5
    lost legitimacy =1.5
    lose~ legitimacy =1.5
    legitimacy crisis =1.5
    crisis of legitimacy =1.5
    illegitimate =0.5
    no one is in charge =1.5
    nobody is in charge =1.5
    nobody's in charge =1.5
    no one's in charge =1.5
    nobody at the wheel =1.5
    no one at the wheel =1.5
    asleep at the wheel
    politicians don't care
    politicians all lie
    politicians only care about
    leaders * failed us =1.5
    failed us =0.5
    let us down =0.5
    corrupt~ =0.5
    don't care about people like me =1.5
    nobody cares about people like me =2
    no one cares about people like me =2
    people like me =0.5
    the average man =0.5
    the little guy =0.5
    have no say
    no one listens to us
    nobody listens to us
    things * getting worse =0.5
    world * getting worse
    bring * child into this world
    bring~ children into this world
    bring~ kids into this world
    bring~ a child into this world
    live~ for today =0.5
    let tomorrow take care of itself =1.5
    no future =0.5
    there's no future =1.5

# ---------------------------------------------------------------------------------------------
facet everyone-for-themselves
about Merton's strain: success goals that override legitimate means, cheating to get ahead, hustle culture, dog-eat-dog.
source Merton, R. K. (1938). Social structure and anomie; Messner, S. F. & Rosenfeld, R. (1994). Crime and the American Dream (institutional anomie theory).

    every man for himself =1.5
    every man for themselves =1.5
    everyone for themselves =1.5
    everyone for himself =1.5
    everybody for themselves =1.5
    every person for themselves =1.5
    each for themselves =1.5
    each man for himself =1.5
    everyone * out for themselves =1.5
    everybody * out for themselves =1.5
    look~ out for number one =1.5
    me-first
    me first =0.5
    dog-eat-dog =1.5
    dog eat dog =1.5
    cutthroat
    cut-throat
    rat race
    hustle culture =1.5
    grind culture =1.5
    rise and grind
    hustle harder
    always hustling
    the hustle =0.5
    side hustle =0.5
    grindset
    winner-take-all
    winner takes all
    win at all costs
    win~ at any cost
    get~ ahead at any cost =1.5
    at any cost =0.5
    by any means necessary
    ends justify the means =1.5
    end justifies the means =1.5
    cheat~ to get ahead =1.5
    cheaters prosper =1.5
    cheaters win
    cheating pays =1.5
    crime pays
    nice guys finish last
    honest people * suckers
    for suckers
    only suckers
    greed is good =1.5
    the american dream =0.5
    the american dream is dead =2
    american dream * dead =1.5
    american dream * lie =1.5
    hard work doesn't pay =1.5
    hard work no longer pays =1.5
    gets you nowhere =0.5
    strain theory =1.5
    retreatism
    retreatist
    ritualism =0.5
    goals and means
    means and ends =0.5
    blocked opportunit*

# ---------------------------------------------------------------------------------------------
facet fragmented-community
about Solidarity and community coming apart: atomized society, hollowed-out towns, churches and third places closing, neighbours as strangers.
source Durkheim (1893), The Division of Labour in Society (mechanical and organic solidarity); Putnam, R. D. (2000). Bowling Alone: The Collapse and Revival of American Community.

    mechanical solidarity =1.5
    organic solidarity =1.5
    division of labor =0.5
    division of labour =0.5
    loss of solidarity =2
    lack of solidarity =1.5
    no solidarity =1.5
    solidarity * gone =1.5
    social solidarity
    social cohesion =0.5
    loss of * cohesion =1.5
    lack of * cohesion =1.5
    cohesion * erod~ =1.5
    fragmented =0.5
    fragmentation =0.5
    fragmented communit* =2
    fragmented society =2
    fragment~ community =1.5
    community * fragmented =1.5
    society * fragment~ =1.5
    atomized =1.5
    atomised =1.5
    atomization =1.5
    atomisation =1.5
    atomizing =1.5
    atomising =1.5
    individualism =0.5
    hyper-individualism
    hyperindividualism
    radical individualism
    excessive individualism
    egoism =0.5
    bowling alone =1.5
    social capital
    civic life =0.5
    civic decline =1.5
    decline of civic =1.5
    civic engagement =0.5
    civic * declin~
    hollowed out =1.5
    hollowed-out =1.5
    hollow~ out
    ghost town =0.5
    dying town
    town * dying
    boarded-up =0.5
    boarded up =0.5
    shuttered =0.5
    factory clos~ =0.5
    mill clos~ =0.5
    plant clos~ =0.5
    church~ clos~
    church * closed
    empty pews =1.5
    pews * empty =1.5
    parish * closed
    stop~ going to church =0.5
    left the church =0.5
    lost my faith =0.5
    loss of community =2
    lost our community =1.5
    lost * sense of community =1.5
    no sense of community =1.5
    lack of community =1.5
    no community
    community * gone
    community * disappear~
    community * dissolv~ =1.5
    no village
    village * gone
    nobody knows * neighbo* =1.5
    no one knows * neighbo* =1.5
    don't know * neighbo*
    neighbo* are strangers =1.5
    strangers next door =1.5
    nation of strangers =1.5
    society of strangers =1.5
    strangers to each other
    used to know everyone
    everyone used to know
    used to look out for each other =2
    used to help each other =1.5
    used to be a community =1.5
    third place~ =0.5
    no third place~ =1.5
    nowhere to gather =1.5
    no place to gather =1.5
    tradition~ * gone
    lost traditions =0.5
    loss of tradition~
    rootless~ =1.5
    deracinat* =1.5
    no roots
    no sense of place
    placeless~
    glued to * phones =0.5

# ---------------------------------------------------------------------------------------------
facet private-troubles-public-issues
about Mills' sociological imagination where it is about norms eroding: personal troubles read as public issues, a culture of overwork that displaces connection.
source Mills, C. W. (1959). The Sociological Imagination, ch. 1 "The Promise" (personal troubles of milieu and public issues of social structure).

    sociological imagination
    private trouble~
    personal trouble~ =0.5
    public issue~ =0.5
    troubles and issues
    it's structural =0.5
    structural problem~ =0.5
    not a personal failing
    personal failing~ =0.5
    culture of overwork =1.5
    overwork culture =1.5
    rewards overwork =1.5
    always-on culture =1.5
    always-on =0.5
    burnout culture =1.5
    cult of productivity =1.5
    productivity culture
    workism =1.5
    late capitalism
    late-stage capitalism
    neoliberal* =0.5
    market society =0.5
    commodif* =0.5
    everything * for sale
    everything has a price
    transactional culture =1.5
    transactional society =1.5

# ---------------------------------------------------------------------------------------------
# Exclusions: mathematical, technical and everyday senses.
    - vector norm~                  # guards: no entry matches a bare "norm", kept for safety
    - matrix norm~
    - norm~ of the matrix
    - norm of a vector
    - anything goes wrong
    - if anything goes
    - anything goes according
    - anything goes to
    - nothing matters more
    - nothing matters as much
    - nothing means more
    - corrupt~ file~
    - corrupted data
    - corrupt~ the data
    - data corruption
    - file corruption
    - memory corruption
    - disk fragmentation
    - memory fragmentation
    - fragmented sleep
    - fragmented files
    - fragmented market~
    - limbo dance
    - limbo bar
    - hollow~ out the pumpkin~
    - hollow~ out * pumpkin~
    - hollowed-out pumpkin~
    - hollowed-out log~
    - hollowed out log~
    - no direction home             # song title
    - no future plans
    - the rulebook says
    - lost my way home
    - lost my way back
    - no guidance counselor~
    - lost my footing on
    - lost * footing on the
    - no shame in
    - restor~ my faith in humanity
    - restor~ * faith in humanity
    - there's no future in
