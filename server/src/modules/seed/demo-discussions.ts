import type { EntityManager } from 'typeorm';
import type { Language, LocalizedText, MessageKind } from '@sstc/shared';
import type { DiscussionsService } from '../discussions/discussions.service.js';
import { Message } from '../discussions/entities/message.entity.js';
import { Room } from '../discussions/entities/room.entity.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';
import type { User } from '../users/user.entity.js';

interface DemoMessage {
  by: string;
  body: string;
  kind?: MessageKind;
  /** Index of the message this one replies to, in the same room. */
  replyTo?: number;
  hoursAgo: number;
}

const COMMUNITY_TITLE: LocalizedText = {
  en: 'SSTC alumni network',
  es: 'Red de exalumnos de la CSST',
  fr: 'Réseau des anciens de la CSST',
  pt: 'Rede de antigos participantes da CSST',
};

/** The 2016 edition's rooms with conversations in several languages (plenary, a module, each cohort), and one community room. */
export async function seedDiscussions(manager: EntityManager, discussions: DiscussionsService, editionIds: string[], users: User[]): Promise<void> {
  for (const editionId of editionIds) await discussions.ensureEditionRooms(editionId, manager);
  const [pastEditionId] = editionIds;
  const person = (email: string) => users.find((u) => u.email === email)!;
  const joao = person('participant@academy.example.org');
  const module1 = await manager.findOneByOrFail(ProgrammeItem, { editionId: pastEditionId, kind: 'mandatory_module', number: 1 });
  const plenary = await manager.findOneByOrFail(Room, { editionId: pastEditionId, kind: 'edition' });
  const moduleRoom = await manager.findOneByOrFail(Room, { itemId: module1.id });
  const community = await manager.save(Room, { kind: 'community', title: COMMUNITY_TITLE });

  await post(manager, plenary, person, [
    {
      by: 'organizer@academy.example.org',
      kind: 'announcement',
      hoursAgo: 72,
      body: 'Welcome to the **virtual meeting point** of the 1st ILO Academy on South-South and Triangular Cooperation! Keep the conversations of the week going here, in the language you prefer.',
    },
    {
      by: 'participant@academy.example.org',
      hoursAgo: 70,
      body: 'Olá a todos! Foi uma semana muito rica em Turim. Alguém quer continuar a troca sobre o trabalho infantil na construção?',
    },
    {
      by: 'participante@academy.example.org',
      hoursAgo: 69,
      replyTo: 1,
      body: '¡Hola João! Sí, en Colombia estamos preparando un proyecto de cooperación triangular sobre ese tema.',
    },
    {
      by: 'participant.en@academy.example.org',
      hoursAgo: 50,
      body: 'Thank you all for a great week. The slides of Panel 2 on *triangular cooperation* are worth a second look.',
    },
  ]);
  await post(manager, moduleRoom, person, [
    {
      by: 'facilitator@academy.example.org',
      kind: 'prompt',
      hoursAgo: 48,
      body: '**Question pour la discussion** : quel Objectif de développement durable votre organisation fait-elle avancer grâce à la coopération Sud-Sud ?',
    },
    {
      by: 'participante@academy.example.org',
      hoursAgo: 47,
      replyTo: 0,
      body: 'El ODS 8: trabajo decente. Compartimos experiencias de diálogo social con sindicatos de Brasil.',
    },
    { by: 'participant@academy.example.org', hoursAgo: 46, replyTo: 0, body: 'ODS 17, com a rede SENAI e o CINTERFOR para a formação profissional.' },
  ]);
  await post(manager, community, person, [
    {
      by: 'participant.en@academy.example.org',
      hoursAgo: 20,
      body: `@[${joao.name}](${joao.id}) do you have the contact of the SENAI team? We would like to learn from their apprenticeship model.`,
    },
  ]);
  const cohortRoom = async (name: string) => {
    const cohort = await manager.findOneByOrFail(Cohort, { editionId: pastEditionId, name });
    return manager.findOneByOrFail(Room, { cohortId: cohort.id });
  };
  await post(manager, await cohortRoom('English'), person, [
    {
      by: 'priya.raman@participants.academy.example.org',
      hoursAgo: 120,
      body: 'We have a date for the first study visit to Johannesburg! Thabo, could COSATU join the visits to construction sites?',
    },
    {
      by: 'thabo.nkosi@participants.academy.example.org',
      hoursAgo: 118,
      replyTo: 0,
      body: 'Yes, our construction affiliate would be glad to host you. Send me the dates.',
    },
    {
      by: 'participant.en@academy.example.org',
      hoursAgo: 96,
      replyTo: 0,
      body: 'Great to see this moving. Ghana employers follow the checklist idea closely.',
    },
    {
      by: 'wanjiru.kamau@participants.academy.example.org',
      hoursAgo: 30,
      body: 'Hery and I are comparing the codes of conduct of Kenyan and Malagasy horticulture exporters. Happy to share the table with anyone interested.',
    },
  ]);
  await post(manager, await cohortRoom('Español'), person, [
    {
      by: 'lucia.herrera@participants.academy.example.org',
      hoursAgo: 110,
      body: '¡Hola a todos! Comparto el informe de la Red Interamericana sobre inspección del trabajo infantil que mencioné en Turín.',
    },
    {
      by: 'diego.morales@participants.academy.example.org',
      hoursAgo: 108,
      replyTo: 0,
      body: 'Gracias, Lucía. En el Solidarity Center preparamos una guía para los sindicatos de la construcción en Haití; ¿les interesaría revisarla?',
    },
    {
      by: 'participante@academy.example.org',
      hoursAgo: 100,
      replyTo: 1,
      body: '¡Claro! Desde la CUT podemos aportar la experiencia de las mesas de diálogo social en Colombia.',
    },
    {
      by: 'carmen.ruiz@participants.academy.example.org',
      hoursAgo: 40,
      body: 'Recuerden: la evaluación de impacto llega cuatro meses después de la semana. Cuéntennos sus iniciativas.',
    },
  ]);
  await post(manager, await cohortRoom('Français'), person, [
    {
      by: 'facilitator@academy.example.org',
      kind: 'prompt',
      hoursAgo: 100,
      body: '**Question de la semaine** : quelle pratique de protection sociale des travailleurs de l’économie informelle aimeriez-vous adapter chez vous ?',
    },
    {
      by: 'awa.kone@participants.academy.example.org',
      hoursAgo: 98,
      replyTo: 0,
      body: 'Le régime des travailleurs indépendants du Cabo Verde. Nous préparons une mission d’échange avec le Rwanda.',
    },
    {
      by: 'jean-baptiste.nshimiyimana@participants.academy.example.org',
      hoursAgo: 95,
      replyTo: 0,
      body: 'Au Rwanda, les mutuelles de santé couvrent déjà beaucoup de travailleurs informels. Je peux vous mettre en contact avec le RSSB.',
    },
    {
      by: 'nadege.pierre@participants.academy.example.org',
      hoursAgo: 60,
      body: 'Les documents du module sur le travail des enfants sont-ils disponibles quelque part ?',
    },
  ]);
  await post(manager, await cohortRoom('Português'), person, [
    { by: 'participant@academy.example.org', hoursAgo: 90, body: 'Bom dia a todos! Alguém tem o relatório do SENAI sobre a formação de formadores?' },
    {
      by: 'fernanda.lima@participants.academy.example.org',
      hoursAgo: 88,
      replyTo: 0,
      body: 'Tenho sim, João. Partilho aqui a ligação da plataforma do CINTERFOR.',
    },
    {
      by: 'ana.tavares@participants.academy.example.org',
      hoursAgo: 50,
      body: 'Em Cabo Verde estamos a preparar um intercâmbio com a Guiné-Bissau sobre a proteção social dos trabalhadores por conta própria. Domingos, podemos falar?',
    },
    {
      by: 'domingos.ca@participants.academy.example.org',
      hoursAgo: 45,
      replyTo: 2,
      body: 'Com todo o gosto, Ana. A UNTG quer envolver as vendedeiras dos mercados de Bissau desde o início.',
    },
  ]);
}

async function post(manager: EntityManager, room: Room, person: (email: string) => User, messages: DemoMessage[]): Promise<void> {
  const stored: Message[] = [];
  for (const message of messages) {
    const author = person(message.by);
    const [[{ last_revision: revision }]] = await manager.query(
      `UPDATE rooms SET last_revision = last_revision + 1, last_message_at = $2 WHERE id = $1 RETURNING last_revision`,
      [room.id, new Date(Date.now() - message.hoursAgo * 3_600_000)],
    );
    const createdAt = new Date(Date.now() - message.hoursAgo * 3_600_000);
    const parent = message.replyTo === undefined ? null : stored[message.replyTo]!;
    const mentions = [...message.body.matchAll(/\]\(([0-9a-f-]{36})\)/g)].map((m) => m[1]!);
    stored.push(
      await manager.save(Message, {
        roomId: room.id,
        seq: revision,
        revision,
        clientId: crypto.randomUUID(),
        authorId: author.id,
        kind: message.kind ?? 'message',
        language: author.language as Language,
        body: message.body,
        parentId: parent?.id ?? null,
        mentions,
        createdAt,
        pinnedAt: message.kind && message.kind !== 'message' ? createdAt : null,
      }),
    );
    if (parent) await manager.query(`UPDATE messages SET reply_count = reply_count + 1 WHERE id = $1`, [parent.id]);
  }
}
