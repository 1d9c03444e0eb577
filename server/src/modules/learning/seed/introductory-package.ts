// The demo introductory package: one short unit per panel and module of the Academy, written for
// this platform in the four languages. Text first, links on demand: each unit reads in minutes on
// a phone over a slow connection.
import type { LearningResource, ProgrammeItemKind } from '@sstc/shared';

type Text4 = { en: string; es: string; fr: string; pt: string };

export interface SeedUnit {
  /** The programme item the unit belongs to; null for the general welcome unit. */
  item: { kind: ProgrammeItemKind; number: number } | null;
  title?: Text4;
  body: Text4;
  keyQuestions: Text4[];
  estimatedMinutes: number;
  resources?: LearningResource[];
}

const SDG8: LearningResource[] = [
  { kind: 'link', title: 'SDG 8: Decent work and economic growth', url: 'https://sdgs.un.org/goals/goal8', language: 'en' },
  {
    kind: 'link',
    title: 'ODS 8: Trabajo decente y crecimiento económico',
    url: 'https://www.un.org/sustainabledevelopment/es/economic-growth/',
    language: 'es',
  },
];
const SSTC: LearningResource[] = [
  {
    kind: 'link',
    title: 'ILO South-South and triangular cooperation',
    url: 'https://www.ilo.org/global/about-the-ilo/how-the-ilo-works/departments-and-offices/pardev/south-south/lang--en/index.htm',
    language: 'en',
  },
  { kind: 'link', title: 'UN Office for South-South Cooperation', url: 'https://unsouthsouth.org/', language: 'en' },
];

export const INTRODUCTORY_PACKAGE: SeedUnit[] = [
  {
    item: null,
    title: {
      en: 'Welcome: how this package works',
      es: 'Bienvenida: cómo funciona este paquete',
      fr: 'Bienvenue : comment fonctionne ce module',
      pt: 'Boas-vindas: como funciona este pacote',
    },
    body: {
      en: 'Welcome to the pre-learning of the ILO Academy on South-South and Triangular Cooperation (SSTC).\n\nEach unit introduces one panel or module of the face-to-face week in a few minutes of reading, and ends with **key questions**. Think about them from your own work: the week in Turin is built on exchange, not lectures, and facilitators read the pre-assessment to shape it.\n\n- Mark a unit as completed when you have read it and thought about its questions.\n- A unit you have opened stays readable **offline**; progress made offline is sent when you are back online.\n- Links and videos open only when you choose them, to save data.',
      es: 'Bienvenido/a al preaprendizaje de la Academia de la OIT sobre Cooperación Sur-Sur y Triangular (CSST).\n\nCada unidad presenta un panel o módulo de la semana presencial en pocos minutos de lectura y termina con **preguntas clave**. Reflexione sobre ellas a partir de su propio trabajo: la semana en Turín se basa en el intercambio, no en exposiciones, y los facilitadores leen la evaluación previa para prepararla.\n\n- Marque una unidad como completada cuando la haya leído y pensado en sus preguntas.\n- Una unidad que ya abrió se puede leer **sin conexión**; el progreso hecho sin conexión se envía al volver a conectarse.\n- Los enlaces y vídeos solo se abren cuando usted lo decide, para ahorrar datos.',
      fr: 'Bienvenue dans le pré-apprentissage de l’Académie de l’OIT sur la coopération Sud-Sud et triangulaire (CSST).\n\nChaque unité présente un panel ou un module de la semaine en présentiel en quelques minutes de lecture et se termine par des **questions clés**. Réfléchissez-y à partir de votre propre travail : la semaine à Turin repose sur l’échange plutôt que sur les exposés, et les facilitateurs lisent la pré-évaluation pour la préparer.\n\n- Marquez une unité comme terminée quand vous l’avez lue et avez réfléchi à ses questions.\n- Une unité déjà ouverte reste lisible **hors ligne** ; la progression faite hors ligne est envoyée dès le retour de la connexion.\n- Les liens et vidéos ne s’ouvrent que si vous le choisissez, pour économiser vos données.',
      pt: 'Bem-vindo/a à pré-aprendizagem da Academia da OIT sobre Cooperação Sul-Sul e Triangular (CSST).\n\nCada unidade apresenta um painel ou módulo da semana presencial em poucos minutos de leitura e termina com **questões-chave**. Reflita sobre elas a partir do seu próprio trabalho: a semana em Turim assenta no intercâmbio, não em exposições, e os facilitadores leem a pré-avaliação para a preparar.\n\n- Marque uma unidade como concluída quando a tiver lido e pensado nas suas questões.\n- Uma unidade que já abriu fica legível **offline**; o progresso feito offline é enviado quando voltar a estar ligado/a.\n- Os links e vídeos só abrem quando o decidir, para poupar dados.',
    },
    keyQuestions: [
      {
        en: 'What do you expect to take home from the Academy?',
        es: '¿Qué espera llevarse de la Academia?',
        fr: 'Qu’attendez-vous de l’Académie pour votre travail ?',
        pt: 'O que espera levar da Academia?',
      },
    ],
    estimatedMinutes: 3,
  },
  {
    item: { kind: 'panel', number: 1 },
    body: {
      en: 'The 2030 Agenda sets **17 Sustainable Development Goals** (SDGs). Two matter most for this Academy.\n\n**SDG 8** asks for full and productive employment and decent work for all. **SDG 17** is about the means of implementation: finance, technology, trade and, explicitly, capacity building through North-South, **South-South and triangular cooperation**.\n\nSSTC is therefore not a side topic: it is one of the ways the world has agreed to reach the goals, by sharing solutions that worked in countries facing similar challenges.',
      es: 'La Agenda 2030 fija **17 Objetivos de Desarrollo Sostenible** (ODS). Dos son centrales para esta Academia.\n\nEl **ODS 8** pide empleo pleno y productivo y trabajo decente para todos. El **ODS 17** trata de los medios de implementación: financiación, tecnología, comercio y, de forma explícita, el fortalecimiento de capacidades mediante la cooperación Norte-Sur, **Sur-Sur y triangular**.\n\nLa CSST no es un tema secundario: es una de las vías acordadas para alcanzar los objetivos, compartiendo soluciones que funcionaron en países con desafíos parecidos.',
      fr: 'L’Agenda 2030 fixe **17 objectifs de développement durable** (ODD). Deux sont au cœur de cette Académie.\n\nL’**ODD 8** vise le plein emploi productif et un travail décent pour tous. L’**ODD 17** porte sur les moyens de mise en œuvre : financement, technologie, commerce et, explicitement, le renforcement des capacités par la coopération Nord-Sud, **Sud-Sud et triangulaire**.\n\nLa CSST n’est donc pas un sujet annexe : c’est l’un des moyens convenus pour atteindre les objectifs, en partageant des solutions qui ont fonctionné dans des pays confrontés à des défis semblables.',
      pt: 'A Agenda 2030 estabelece **17 Objetivos de Desenvolvimento Sustentável** (ODS). Dois são centrais para esta Academia.\n\nO **ODS 8** pede emprego pleno e produtivo e trabalho digno para todos. O **ODS 17** trata dos meios de implementação: financiamento, tecnologia, comércio e, explicitamente, o reforço de capacidades através da cooperação Norte-Sul, **Sul-Sul e triangular**.\n\nA CSST não é um tema secundário: é uma das vias acordadas para atingir os objetivos, partilhando soluções que resultaram em países com desafios semelhantes.',
    },
    keyQuestions: [
      {
        en: 'Which SDG 8 targets matter most in your country today?',
        es: '¿Qué metas del ODS 8 son más importantes hoy en su país?',
        fr: 'Quelles cibles de l’ODD 8 comptent le plus aujourd’hui dans votre pays ?',
        pt: 'Que metas do ODS 8 são mais importantes hoje no seu país?',
      },
      {
        en: 'Where could another country of the South help you reach them?',
        es: '¿En qué podría ayudarle otro país del Sur a alcanzarlas?',
        fr: 'Où un autre pays du Sud pourrait-il vous aider à les atteindre ?',
        pt: 'Em que poderia outro país do Sul ajudá-lo/a a alcançá-las?',
      },
    ],
    estimatedMinutes: 5,
    resources: SDG8,
  },
  {
    item: { kind: 'mandatory_module', number: 1 },
    body: {
      en: '**South-South cooperation** is the exchange of knowledge, skills and resources between developing countries, based on solidarity, equality, mutual benefit and national ownership. It is driven by demand: the country that asks defines what it needs.\n\nFor the ILO, SSC serves the **Decent Work Agenda**: employment, rights at work, social protection and social dialogue. Governments, employers’ and workers’ organizations all take part.\n\nIn this module you will map what your institution can offer and what it needs, and how both connect to the SDGs.',
      es: 'La **cooperación Sur-Sur** es el intercambio de conocimientos, competencias y recursos entre países en desarrollo, basado en la solidaridad, la igualdad, el beneficio mutuo y la apropiación nacional. Parte de la demanda: el país que pide define lo que necesita.\n\nPara la OIT, la CSS sirve al **Programa de Trabajo Decente**: empleo, derechos en el trabajo, protección social y diálogo social. Participan gobiernos y organizaciones de empleadores y de trabajadores.\n\nEn este módulo mapeará lo que su institución puede ofrecer y lo que necesita, y cómo ambos se vinculan con los ODS.',
      fr: 'La **coopération Sud-Sud** est l’échange de connaissances, de compétences et de ressources entre pays en développement, fondé sur la solidarité, l’égalité, le bénéfice mutuel et l’appropriation nationale. Elle part de la demande : le pays qui sollicite définit ses besoins.\n\nPour l’OIT, la CSS sert l’**Agenda du travail décent** : emploi, droits au travail, protection sociale et dialogue social. Gouvernements, organisations d’employeurs et de travailleurs y prennent part.\n\nDans ce module, vous cartographierez ce que votre institution peut offrir et ce dont elle a besoin, et leur lien avec les ODD.',
      pt: 'A **cooperação Sul-Sul** é o intercâmbio de conhecimentos, competências e recursos entre países em desenvolvimento, baseado na solidariedade, igualdade, benefício mútuo e apropriação nacional. Parte da procura: o país que pede define o que precisa.\n\nPara a OIT, a CSS serve a **Agenda do Trabalho Digno**: emprego, direitos no trabalho, proteção social e diálogo social. Participam governos e organizações de empregadores e de trabalhadores.\n\nNeste módulo irá mapear o que a sua instituição pode oferecer e o que precisa, e como ambos se ligam aos ODS.',
    },
    keyQuestions: [
      {
        en: 'What practice of your institution could another country learn from?',
        es: '¿Qué práctica de su institución podría aprovechar otro país?',
        fr: 'Quelle pratique de votre institution pourrait inspirer un autre pays ?',
        pt: 'Que prática da sua instituição poderia ser útil a outro país?',
      },
      {
        en: 'What would you like to learn from a partner of the South?',
        es: '¿Qué le gustaría aprender de un socio del Sur?',
        fr: 'Qu’aimeriez-vous apprendre d’un partenaire du Sud ?',
        pt: 'O que gostaria de aprender com um parceiro do Sul?',
      },
    ],
    estimatedMinutes: 6,
    resources: SSTC,
  },
  {
    item: { kind: 'panel', number: 2 },
    body: {
      en: 'In **triangular cooperation**, two or more developing countries work together with the support of a third partner: a traditional donor, an international organization or both.\n\nThe panel shares experiences with partners such as the United States, Portugal, Japan, Germany, Spain, France, Norway and Ireland. One example: **Brazil and the United States supported Haiti** against child labour in construction, with the ILO.\n\nWhat makes it work? Clear roles, the beneficiary country in the lead, and results that outlive the project.',
      es: 'En la **cooperación triangular**, dos o más países en desarrollo trabajan juntos con el apoyo de un tercer socio: un donante tradicional, un organismo internacional o ambos.\n\nEl panel comparte experiencias con socios como Estados Unidos, Portugal, Japón, Alemania, España, Francia, Noruega e Irlanda. Un ejemplo: **Brasil y Estados Unidos apoyaron a Haití** contra el trabajo infantil en la construcción, con la OIT.\n\n¿Qué la hace funcionar? Funciones claras, el país beneficiario al frente y resultados que perduran después del proyecto.',
      fr: 'Dans la **coopération triangulaire**, deux pays en développement ou plus travaillent ensemble avec l’appui d’un troisième partenaire : un donateur traditionnel, une organisation internationale, ou les deux.\n\nLe panel partage des expériences avec des partenaires comme les États-Unis, le Portugal, le Japon, l’Allemagne, l’Espagne, la France, la Norvège et l’Irlande. Un exemple : **le Brésil et les États-Unis ont appuyé Haïti** contre le travail des enfants dans la construction, avec l’OIT.\n\nQu’est-ce qui la fait réussir ? Des rôles clairs, le pays bénéficiaire aux commandes et des résultats qui durent après le projet.',
      pt: 'Na **cooperação triangular**, dois ou mais países em desenvolvimento trabalham juntos com o apoio de um terceiro parceiro: um doador tradicional, uma organização internacional ou ambos.\n\nO painel partilha experiências com parceiros como os Estados Unidos, Portugal, Japão, Alemanha, Espanha, França, Noruega e Irlanda. Um exemplo: **o Brasil e os Estados Unidos apoiaram o Haiti** contra o trabalho infantil na construção, com a OIT.\n\nO que a faz funcionar? Papéis claros, o país beneficiário à frente e resultados que perduram depois do projeto.',
    },
    keyQuestions: [
      {
        en: 'What can a third partner add that two countries of the South cannot?',
        es: '¿Qué puede aportar un tercer socio que dos países del Sur no pueden?',
        fr: 'Qu’un troisième partenaire peut-il apporter que deux pays du Sud ne peuvent pas ?',
        pt: 'O que pode acrescentar um terceiro parceiro que dois países do Sul não podem?',
      },
      {
        en: 'How do you keep the beneficiary country in the lead?',
        es: '¿Cómo mantener al país beneficiario al frente?',
        fr: 'Comment garder le pays bénéficiaire aux commandes ?',
        pt: 'Como manter o país beneficiário à frente?',
      },
    ],
    estimatedMinutes: 5,
  },
  {
    item: { kind: 'elective_module', number: 2 },
    body: {
      en: 'About 150 million children are in child labour, and millions of adults are in forced labour. Countries of the South have built effective responses: cash transfers tied to schooling, labour inspection, social mobilization.\n\nThis module looks at how such responses travel between countries, for example through the **South-South initiative against child labour** launched with the ILO, and what must be adapted to each context.',
      es: 'Unos 150 millones de niños y niñas trabajan, y millones de adultos están en trabajo forzoso. Los países del Sur han construido respuestas eficaces: transferencias condicionadas a la escolarización, inspección del trabajo, movilización social.\n\nEste módulo examina cómo esas respuestas viajan entre países, por ejemplo mediante la **iniciativa Sur-Sur contra el trabajo infantil** lanzada con la OIT, y qué hay que adaptar a cada contexto.',
      fr: 'Environ 150 millions d’enfants travaillent, et des millions d’adultes sont en situation de travail forcé. Les pays du Sud ont bâti des réponses efficaces : transferts liés à la scolarisation, inspection du travail, mobilisation sociale.\n\nCe module examine comment ces réponses circulent entre pays, par exemple grâce à l’**initiative Sud-Sud contre le travail des enfants** lancée avec l’OIT, et ce qu’il faut adapter à chaque contexte.',
      pt: 'Cerca de 150 milhões de crianças estão em trabalho infantil e milhões de adultos em trabalho forçado. Os países do Sul construíram respostas eficazes: transferências ligadas à escolaridade, inspeção do trabalho, mobilização social.\n\nEste módulo analisa como essas respostas circulam entre países, por exemplo através da **iniciativa Sul-Sul contra o trabalho infantil** lançada com a OIT, e o que é preciso adaptar a cada contexto.',
    },
    keyQuestions: [
      {
        en: 'Which response to child labour in your country could be shared with others?',
        es: '¿Qué respuesta al trabajo infantil de su país podría compartirse?',
        fr: 'Quelle réponse de votre pays au travail des enfants pourrait être partagée ?',
        pt: 'Que resposta do seu país ao trabalho infantil poderia ser partilhada?',
      },
    ],
    estimatedMinutes: 5,
  },
  {
    item: { kind: 'elective_module', number: 3 },
    body: {
      en: 'Climate change destroys and creates jobs. A **just transition** means greening the economy in a way that is fair and inclusive, with decent work and no one left behind.\n\nThe ILO Guidelines for a just transition (2015) were agreed by governments, employers and workers. Countries of the South exchange practices on green jobs, skills for renewable energy and social protection for affected workers; Azerbaijan and Brazil, for instance, have shared a gender-responsive approach through peer learning.',
      es: 'El cambio climático destruye y crea empleos. Una **transición justa** significa ecologizar la economía de forma equitativa e inclusiva, con trabajo decente y sin dejar a nadie atrás.\n\nLas Directrices de la OIT para una transición justa (2015) fueron acordadas por gobiernos, empleadores y trabajadores. Los países del Sur intercambian prácticas sobre empleos verdes, competencias para energías renovables y protección social de los trabajadores afectados; Azerbaiyán y Brasil, por ejemplo, compartieron un enfoque sensible al género mediante el aprendizaje entre pares.',
      fr: 'Le changement climatique détruit et crée des emplois. Une **transition juste** consiste à verdir l’économie de manière équitable et inclusive, avec un travail décent et sans laisser personne de côté.\n\nLes Principes directeurs de l’OIT pour une transition juste (2015) ont été adoptés par les gouvernements, les employeurs et les travailleurs. Les pays du Sud échangent sur les emplois verts, les compétences pour les énergies renouvelables et la protection sociale des travailleurs touchés ; l’Azerbaïdjan et le Brésil, par exemple, ont partagé une approche sensible au genre par l’apprentissage entre pairs.',
      pt: 'As alterações climáticas destroem e criam empregos. Uma **transição justa** significa tornar a economia mais verde de forma equitativa e inclusiva, com trabalho digno e sem deixar ninguém para trás.\n\nAs Diretrizes da OIT para uma transição justa (2015) foram acordadas por governos, empregadores e trabalhadores. Os países do Sul trocam práticas sobre empregos verdes, competências para energias renováveis e proteção social dos trabalhadores afetados; o Azerbaijão e o Brasil, por exemplo, partilharam uma abordagem sensível ao género através da aprendizagem entre pares.',
    },
    keyQuestions: [
      {
        en: 'Which workers in your country are most exposed to the transition?',
        es: '¿Qué trabajadores de su país están más expuestos a la transición?',
        fr: 'Quels travailleurs de votre pays sont les plus exposés à la transition ?',
        pt: 'Que trabalhadores do seu país estão mais expostos à transição?',
      },
    ],
    estimatedMinutes: 5,
  },
  {
    item: { kind: 'elective_module', number: 4 },
    body: {
      en: 'Cities and regions cooperate directly: **city-to-city cooperation** lets local governments share solutions for waste collection, markets, transport or local employment services.\n\nThe **social and solidarity economy** (cooperatives, mutual societies, associations, social enterprises) creates jobs rooted in their territory. With **local economic development**, it gives cities tools to create decent work where people live.',
      es: 'Las ciudades y regiones cooperan directamente: la **cooperación ciudad a ciudad** permite a los gobiernos locales compartir soluciones sobre recogida de residuos, mercados, transporte o servicios locales de empleo.\n\nLa **economía social y solidaria** (cooperativas, mutuales, asociaciones, empresas sociales) crea empleos arraigados en su territorio. Con el **desarrollo económico local**, da a las ciudades herramientas para crear trabajo decente donde vive la gente.',
      fr: 'Les villes et les régions coopèrent directement : la **coopération de ville à ville** permet aux collectivités locales de partager des solutions pour la collecte des déchets, les marchés, les transports ou les services locaux d’emploi.\n\nL’**économie sociale et solidaire** (coopératives, mutuelles, associations, entreprises sociales) crée des emplois ancrés dans leur territoire. Avec le **développement économique local**, elle donne aux villes des outils pour créer du travail décent là où vivent les gens.',
      pt: 'As cidades e regiões cooperam diretamente: a **cooperação cidade a cidade** permite aos governos locais partilhar soluções para recolha de resíduos, mercados, transportes ou serviços locais de emprego.\n\nA **economia social e solidária** (cooperativas, mutualidades, associações, empresas sociais) cria empregos enraizados no seu território. Com o **desenvolvimento económico local**, dá às cidades ferramentas para criar trabalho digno onde as pessoas vivem.',
    },
    keyQuestions: [
      {
        en: 'Which local partner in your city could join a city-to-city exchange?',
        es: '¿Qué socio local de su ciudad podría sumarse a un intercambio entre ciudades?',
        fr: 'Quel partenaire local de votre ville pourrait rejoindre un échange entre villes ?',
        pt: 'Que parceiro local da sua cidade poderia juntar-se a um intercâmbio entre cidades?',
      },
    ],
    estimatedMinutes: 5,
  },
  {
    item: { kind: 'elective_module', number: 9 },
    body: {
      en: 'Skills shortages and unemployment often exist side by side. **Public-private partnerships** bring employers, training institutions and governments together so that training answers real demand.\n\nA well-known South-South example is the **SENAI** industrial training service in Brazil and its exchanges with the ILO/CINTERFOR network across Latin America, the Caribbean and Africa. This two-day elective looks at how such partnerships are designed, financed and governed.',
      es: 'La escasez de competencias y el desempleo conviven a menudo. Las **alianzas público-privadas** reúnen a empleadores, instituciones de formación y gobiernos para que la formación responda a la demanda real.\n\nUn ejemplo conocido de cooperación Sur-Sur es el **SENAI**, servicio de aprendizaje industrial de Brasil, y sus intercambios con la red OIT/CINTERFOR en América Latina, el Caribe y África. Este electivo de dos días analiza cómo se diseñan, financian y gobiernan estas alianzas.',
      fr: 'Pénuries de compétences et chômage coexistent souvent. Les **partenariats public-privé** réunissent employeurs, institutions de formation et gouvernements pour que la formation réponde à la demande réelle.\n\nUn exemple Sud-Sud connu est le **SENAI**, service brésilien d’apprentissage industriel, et ses échanges avec le réseau OIT/CINTERFOR en Amérique latine, dans les Caraïbes et en Afrique. Ce module optionnel de deux jours examine comment ces partenariats sont conçus, financés et gouvernés.',
      pt: 'A escassez de competências e o desemprego coexistem muitas vezes. As **parcerias público-privadas** juntam empregadores, instituições de formação e governos para que a formação responda à procura real.\n\nUm exemplo conhecido de cooperação Sul-Sul é o **SENAI**, serviço nacional de aprendizagem industrial do Brasil, e os seus intercâmbios com a rede OIT/CINTERFOR na América Latina, nas Caraíbas e em África. Este eletivo de dois dias analisa como estas parcerias são concebidas, financiadas e governadas.',
    },
    keyQuestions: [
      {
        en: 'Who decides what is taught in vocational training in your country?',
        es: '¿Quién decide qué se enseña en la formación profesional de su país?',
        fr: 'Qui décide du contenu de la formation professionnelle dans votre pays ?',
        pt: 'Quem decide o que se ensina na formação profissional do seu país?',
      },
    ],
    estimatedMinutes: 5,
  },
  {
    item: { kind: 'panel', number: 3 },
    body: {
      en: '**Gender mainstreaming** means assessing how every policy and project affects women and men, and acting on it. It is a means to reach the SDGs, not an extra.\n\nSouth-South cooperation can spread what works for the **empowerment of women and girls** through community-to-community approaches and peer learning: women’s cooperatives sharing methods, labour ministries comparing care policies, unions organizing domestic workers.',
      es: 'La **transversalización de género** consiste en evaluar cómo cada política y proyecto afecta a mujeres y hombres, y actuar en consecuencia. Es un medio para alcanzar los ODS, no un añadido.\n\nLa cooperación Sur-Sur puede difundir lo que funciona para el **empoderamiento de mujeres y niñas** mediante enfoques de comunidad a comunidad y el aprendizaje entre pares: cooperativas de mujeres que comparten métodos, ministerios de trabajo que comparan políticas de cuidados, sindicatos que organizan a las trabajadoras domésticas.',
      fr: 'L’**intégration du genre** consiste à évaluer l’effet de chaque politique et projet sur les femmes et les hommes, et à agir en conséquence. C’est un moyen d’atteindre les ODD, pas un supplément.\n\nLa coopération Sud-Sud peut diffuser ce qui fonctionne pour l’**autonomisation des femmes et des filles** par des approches de communauté à communauté et l’apprentissage entre pairs : coopératives de femmes partageant leurs méthodes, ministères du travail comparant leurs politiques de soins, syndicats organisant les travailleuses domestiques.',
      pt: 'A **integração da perspetiva de género** consiste em avaliar como cada política e projeto afeta mulheres e homens, e agir em conformidade. É um meio para atingir os ODS, não um extra.\n\nA cooperação Sul-Sul pode difundir o que funciona para o **empoderamento de mulheres e raparigas** através de abordagens de comunidade a comunidade e da aprendizagem entre pares: cooperativas de mulheres que partilham métodos, ministérios do trabalho que comparam políticas de cuidados, sindicatos que organizam as trabalhadoras domésticas.',
    },
    keyQuestions: [
      {
        en: 'How does your last project affect women and men differently?',
        es: '¿Cómo afecta su último proyecto de forma distinta a mujeres y hombres?',
        fr: 'Comment votre dernier projet touche-t-il différemment les femmes et les hommes ?',
        pt: 'Como afeta o seu último projeto de forma diferente mulheres e homens?',
      },
    ],
    estimatedMinutes: 5,
  },
  {
    item: { kind: 'elective_module', number: 5 },
    body: {
      en: '**Social protection floors** are nationally defined guarantees: essential health care and basic income security for children, people of working age and older persons (ILO Recommendation No. 202).\n\n**Public employment programmes**, such as India’s rural employment guarantee or South Africa’s Expanded Public Works Programme, combine income with useful work. Countries of the South learn from each other’s design choices, from targeting to payment systems.',
      es: 'Los **pisos de protección social** son garantías definidas a nivel nacional: atención de salud esencial y seguridad básica del ingreso para la niñez, las personas en edad de trabajar y las personas mayores (Recomendación núm. 202 de la OIT).\n\nLos **programas de empleo público**, como la garantía de empleo rural de la India o el Programa Ampliado de Obras Públicas de Sudáfrica, combinan ingresos con trabajo útil. Los países del Sur aprenden de las decisiones de diseño de otros, desde la focalización hasta los sistemas de pago.',
      fr: 'Les **socles de protection sociale** sont des garanties définies au niveau national : soins de santé essentiels et sécurité élémentaire de revenu pour les enfants, les personnes d’âge actif et les personnes âgées (Recommandation n° 202 de l’OIT).\n\nLes **programmes d’emploi public**, comme la garantie d’emploi rural en Inde ou le programme élargi de travaux publics en Afrique du Sud, associent revenu et travail utile. Les pays du Sud apprennent des choix de conception des autres, du ciblage aux systèmes de paiement.',
      pt: 'Os **pisos de proteção social** são garantias definidas a nível nacional: cuidados de saúde essenciais e segurança básica de rendimento para crianças, pessoas em idade ativa e pessoas idosas (Recomendação n.º 202 da OIT).\n\nOs **programas de emprego público**, como a garantia de emprego rural da Índia ou o Programa Alargado de Obras Públicas da África do Sul, combinam rendimento com trabalho útil. Os países do Sul aprendem com as escolhas de conceção dos outros, da focalização aos sistemas de pagamento.',
    },
    keyQuestions: [
      {
        en: 'Which group in your country is not yet covered by any social protection?',
        es: '¿Qué grupo de su país aún no tiene ninguna protección social?',
        fr: 'Quel groupe de votre pays n’est encore couvert par aucune protection sociale ?',
        pt: 'Que grupo do seu país ainda não tem qualquer proteção social?',
      },
    ],
    estimatedMinutes: 5,
  },
  {
    item: { kind: 'elective_module', number: 6 },
    body: {
      en: 'Countries affected by conflict and fragility face similar challenges: rebuilding institutions, creating jobs for young people, reintegrating former combatants. **Fragile-to-fragile cooperation**, promoted by the g7+ group of countries, lets them learn from peers who have recently lived through the same transition.\n\nEmployment is central to peace: decent work is at the heart of recovery and resilience.',
      es: 'Los países afectados por conflictos y fragilidad enfrentan desafíos parecidos: reconstruir instituciones, crear empleo para jóvenes, reintegrar a excombatientes. La **cooperación entre países frágiles**, promovida por el grupo g7+, les permite aprender de pares que vivieron hace poco la misma transición.\n\nEl empleo es central para la paz: el trabajo decente está en el corazón de la recuperación y la resiliencia.',
      fr: 'Les pays touchés par les conflits et la fragilité font face à des défis semblables : reconstruire les institutions, créer des emplois pour les jeunes, réintégrer les anciens combattants. La **coopération entre pays fragiles**, promue par le groupe g7+, leur permet d’apprendre de pairs qui ont récemment vécu la même transition.\n\nL’emploi est au cœur de la paix : le travail décent est au centre du relèvement et de la résilience.',
      pt: 'Os países afetados por conflitos e fragilidade enfrentam desafios semelhantes: reconstruir instituições, criar empregos para os jovens, reintegrar ex-combatentes. A **cooperação entre países frágeis**, promovida pelo grupo g7+, permite-lhes aprender com pares que viveram há pouco a mesma transição.\n\nO emprego é central para a paz: o trabalho digno está no coração da recuperação e da resiliência.',
    },
    keyQuestions: [
      {
        en: 'What has helped create jobs after a crisis in your region?',
        es: '¿Qué ha ayudado a crear empleo después de una crisis en su región?',
        fr: 'Qu’est-ce qui a aidé à créer des emplois après une crise dans votre région ?',
        pt: 'O que ajudou a criar emprego depois de uma crise na sua região?',
      },
    ],
    estimatedMinutes: 4,
  },
  {
    item: { kind: 'elective_module', number: 7 },
    body: {
      en: '**Social dialogue** covers negotiation, consultation and information exchange between governments, employers and workers. It is how the ILO works, and how lasting labour reforms are made.\n\nSouth-South exchanges help tripartite councils, collective bargaining and dispute prevention systems grow stronger. The **IBSA** countries (India, Brazil, South Africa) signed a declaration with the ILO in 2010 to cooperate on decent work, including social dialogue.',
      es: 'El **diálogo social** abarca la negociación, la consulta y el intercambio de información entre gobiernos, empleadores y trabajadores. Es la forma de trabajar de la OIT y la manera de lograr reformas laborales duraderas.\n\nLos intercambios Sur-Sur fortalecen los consejos tripartitos, la negociación colectiva y los sistemas de prevención de conflictos. Los países del **IBSA** (India, Brasil, Sudáfrica) firmaron en 2010 una declaración con la OIT para cooperar en trabajo decente, incluido el diálogo social.',
      fr: 'Le **dialogue social** recouvre la négociation, la consultation et l’échange d’informations entre gouvernements, employeurs et travailleurs. C’est la manière de travailler de l’OIT, et celle qui rend durables les réformes du travail.\n\nLes échanges Sud-Sud renforcent les conseils tripartites, la négociation collective et la prévention des conflits. Les pays de l’**IBSA** (Inde, Brésil, Afrique du Sud) ont signé en 2010 une déclaration avec l’OIT pour coopérer sur le travail décent, y compris le dialogue social.',
      pt: 'O **diálogo social** abrange a negociação, a consulta e a troca de informação entre governos, empregadores e trabalhadores. É a forma de trabalhar da OIT e o caminho para reformas laborais duradouras.\n\nOs intercâmbios Sul-Sul reforçam os conselhos tripartidos, a negociação coletiva e a prevenção de conflitos. Os países do **IBSA** (Índia, Brasil, África do Sul) assinaram em 2010 uma declaração com a OIT para cooperar em trabalho digno, incluindo o diálogo social.',
    },
    keyQuestions: [
      {
        en: 'Which decision in your country would have benefited from more social dialogue?',
        es: '¿Qué decisión en su país se habría beneficiado de más diálogo social?',
        fr: 'Quelle décision dans votre pays aurait gagné à plus de dialogue social ?',
        pt: 'Que decisão no seu país teria beneficiado de mais diálogo social?',
      },
    ],
    estimatedMinutes: 4,
  },
  {
    item: { kind: 'elective_module', number: 8 },
    body: {
      en: 'Most migrant workers from the South move to another country of the South. **Labour migration** brings skills and remittances, but also risks: abusive recruitment, lack of protection, no recognition of skills.\n\nCountries of origin and destination cooperate on fair recruitment, bilateral labour agreements, portability of social security and skills recognition. This module compares corridors within Africa, Asia and Latin America.',
      es: 'La mayoría de los trabajadores migrantes del Sur se desplazan a otro país del Sur. La **migración laboral** aporta competencias y remesas, pero también riesgos: contratación abusiva, falta de protección, competencias no reconocidas.\n\nLos países de origen y de destino cooperan en contratación equitativa, acuerdos laborales bilaterales, portabilidad de la seguridad social y reconocimiento de competencias. Este módulo compara corredores de África, Asia y América Latina.',
      fr: 'La plupart des travailleurs migrants du Sud se rendent dans un autre pays du Sud. La **migration de main-d’œuvre** apporte compétences et transferts de fonds, mais aussi des risques : recrutement abusif, absence de protection, compétences non reconnues.\n\nPays d’origine et de destination coopèrent sur le recrutement équitable, les accords bilatéraux de main-d’œuvre, la portabilité de la sécurité sociale et la reconnaissance des compétences. Ce module compare des corridors en Afrique, en Asie et en Amérique latine.',
      pt: 'A maioria dos trabalhadores migrantes do Sul desloca-se para outro país do Sul. A **migração laboral** traz competências e remessas, mas também riscos: recrutamento abusivo, falta de proteção, competências não reconhecidas.\n\nOs países de origem e de destino cooperam em recrutamento equitativo, acordos laborais bilaterais, portabilidade da segurança social e reconhecimento de competências. Este módulo compara corredores em África, na Ásia e na América Latina.',
    },
    keyQuestions: [
      {
        en: 'Is your country mainly of origin, transit or destination, and what follows for workers?',
        es: '¿Su país es sobre todo de origen, tránsito o destino, y qué implica para los trabajadores?',
        fr: 'Votre pays est-il surtout d’origine, de transit ou de destination, et qu’en découle-t-il pour les travailleurs ?',
        pt: 'O seu país é sobretudo de origem, trânsito ou destino, e o que isso implica para os trabalhadores?',
      },
    ],
    estimatedMinutes: 5,
  },
  {
    item: { kind: 'panel', number: 4 },
    body: {
      en: 'In 1978, 138 countries adopted the **Buenos Aires Plan of Action** on technical cooperation among developing countries (TCDC), the founding text of South-South cooperation.\n\nForty years on (**BAPA+40**, 2019), the question is how today’s SSTC, with new actors, finance and technology, keeps its principles: solidarity, national ownership, mutual benefit. The panel discusses this road with the UN Office for South-South Cooperation.',
      es: 'En 1978, 138 países adoptaron el **Plan de Acción de Buenos Aires** para la cooperación técnica entre países en desarrollo (CTPD), texto fundador de la cooperación Sur-Sur.\n\nCuarenta años después (**PABA+40**, 2019), la cuestión es cómo la CSST actual, con nuevos actores, financiación y tecnología, mantiene sus principios: solidaridad, apropiación nacional, beneficio mutuo. El panel debate este camino con la Oficina de las Naciones Unidas para la Cooperación Sur-Sur.',
      fr: 'En 1978, 138 pays ont adopté le **Plan d’action de Buenos Aires** pour la coopération technique entre pays en développement (CTPD), texte fondateur de la coopération Sud-Sud.\n\nQuarante ans plus tard (**PABA+40**, 2019), la question est de savoir comment la CSST d’aujourd’hui, avec de nouveaux acteurs, financements et technologies, garde ses principes : solidarité, appropriation nationale, bénéfice mutuel. Le panel en discute avec le Bureau des Nations Unies pour la coopération Sud-Sud.',
      pt: 'Em 1978, 138 países adotaram o **Plano de Ação de Buenos Aires** para a cooperação técnica entre países em desenvolvimento (CTPD), texto fundador da cooperação Sul-Sul.\n\nQuarenta anos depois (**PABA+40**, 2019), a questão é como a CSST de hoje, com novos atores, financiamento e tecnologia, mantém os seus princípios: solidariedade, apropriação nacional, benefício mútuo. O painel debate este caminho com o Escritório das Nações Unidas para a Cooperação Sul-Sul.',
    },
    keyQuestions: [
      {
        en: 'Which principle of 1978 is most at risk today, and why?',
        es: '¿Qué principio de 1978 está hoy más en riesgo, y por qué?',
        fr: 'Quel principe de 1978 est le plus menacé aujourd’hui, et pourquoi ?',
        pt: 'Que princípio de 1978 está hoje mais em risco, e porquê?',
      },
    ],
    estimatedMinutes: 4,
    resources: [{ kind: 'link', title: 'UN Office for South-South Cooperation', url: 'https://unsouthsouth.org/', language: 'en' }],
  },
  {
    item: { kind: 'mandatory_module', number: 10 },
    body: {
      en: 'Cooperation does not stop when the week ends. **Virtual spaces** such as this platform keep the conversation going across distance and language: discussion rooms, shared resources, follow-up of initiatives.\n\nThis module asks what makes an online community of practice useful for people on slow connections and busy agendas, and how you will use it after Turin. Four months after the week, an impact survey will ask what you have done with what you learned.',
      es: 'La cooperación no termina con la semana. Los **espacios virtuales** como esta plataforma mantienen la conversación a pesar de la distancia y el idioma: salas de debate, recursos compartidos, seguimiento de iniciativas.\n\nEste módulo plantea qué hace útil una comunidad de práctica en línea para personas con conexiones lentas y agendas llenas, y cómo la usará después de Turín. Cuatro meses después de la semana, una encuesta de impacto le preguntará qué hizo con lo aprendido.',
      fr: 'La coopération ne s’arrête pas à la fin de la semaine. Les **espaces virtuels** comme cette plateforme font vivre la conversation malgré la distance et la langue : salles de discussion, ressources partagées, suivi des initiatives.\n\nCe module demande ce qui rend une communauté de pratique en ligne utile pour des personnes aux connexions lentes et aux agendas chargés, et comment vous l’utiliserez après Turin. Quatre mois après la semaine, une enquête d’impact vous demandera ce que vous avez fait de vos acquis.',
      pt: 'A cooperação não termina com a semana. Os **espaços virtuais** como esta plataforma mantêm a conversa apesar da distância e da língua: salas de debate, recursos partilhados, acompanhamento de iniciativas.\n\nEste módulo pergunta o que torna útil uma comunidade de prática online para pessoas com ligações lentas e agendas cheias, e como a irá usar depois de Turim. Quatro meses depois da semana, um inquérito de impacto perguntará o que fez com o que aprendeu.',
    },
    keyQuestions: [
      {
        en: 'Which online tool do you already use with partners abroad, and what is missing?',
        es: '¿Qué herramienta en línea ya usa con socios de otros países, y qué le falta?',
        fr: 'Quel outil en ligne utilisez-vous déjà avec des partenaires à l’étranger, et que lui manque-t-il ?',
        pt: 'Que ferramenta online já usa com parceiros de outros países, e o que lhe falta?',
      },
    ],
    estimatedMinutes: 4,
  },
];
