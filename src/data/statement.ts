/**
 * The statement as published (`statement-source.txt`), embedded in the bundle as the default
 * data. It holds what the source says and nothing more: no URL, translation or logo that the
 * source does not give. `test/statement.test.ts` proves it matches the source.
 */
import type { Statement } from './schema.js';

export const embeddedStatement: Statement = {
  schemaVersion: 1,
  id: 'value-of-international-cultural-networks',
  lang: 'en',
  title: 'The value of international cultural networks',
  intro: [
    'We international cultural networks come together on a regular basis to share experiences and knowhow, to increase our cooperation and to discuss how we can better support the cultural sector.',
    '“The Value of International Cultural Networks” (download pdf) is our statement of why we are here and why we intend to stay. You are welcome to join us!',
  ],
  principles: [
    'We cultural networks, are proud to promote and facilitate all forms of international collaboration, and improve the access to arts and culture.',
    'As networks we build trust and nurture relationships across national borders that support people to overcome local as well as global difficulties and to exchange their ideas, knowledge and expertise.',
    'Our ‘raison d’être’ is to inspire, to be inclusive, to test new ideas and to pilot new projects, to help the culture sector to take risks and meet new challenges.',
    'Our strength is our members, thousands of organisations and individuals, working together, engaging with communities, learning from each other, sharing experiences and resources.',
    'Our role is to connect, bridge realities, coordinate joint efforts: we advise, we host, we mediate, inside our respective fields and beyond.',
    'Networks share values and ethics: we empower arts organisations to develop and let creative workers grow, we introduce an international dimension and support grassroots players facing difficult political and economical times that threaten to marginalise them.',
    'We promote cultural equity, we defend the intrinsic value of the arts and advocate for the best conditions for heritage and contemporary creation to flourish and be accessible.',
    'We do this because we know arts and heritage play a prominent role to unleash the creative ability of people to shape and imagine their future.',
  ],
  signatories: [
    { id: 'arre', acronym: 'ARRE', name: 'Association of European Royal Residences' },
    { id: 'cae', acronym: 'CAE', name: 'Culture Action Europe' },
    { id: 'echo', acronym: 'ECHO', name: 'European Concert Hall Organisation' },
    { id: 'emc', acronym: 'EMC', name: 'European Music Council' },
    { id: 'elia', acronym: 'ELIA', name: 'European League of Institutes of the Arts' },
    { id: 'etc', acronym: 'ETC', name: 'European Theatre Convention' },
    { id: 'emcy', acronym: 'EMCY', name: 'European Union of Music Competitions for Youth' },
    { id: 'res-artis', name: 'Res Artis' },
    { id: 'otm', acronym: 'OTM', name: 'On the Move' },
    { id: 'eca-ec', acronym: 'ECA-EC', name: 'European Choral Association – Europa Cantat' },
    { id: 'encc', acronym: 'ENCC', name: 'European Network of Cultural Centres' },
    { id: 'imc', acronym: 'IMC', name: 'International Music Council' },
    { id: 'ietm', acronym: 'IETM', name: 'International network for contemporary performing arts' },
    { id: 'teh', acronym: 'TEH', name: 'Trans Europe Halles' },
    { id: 'rann', acronym: 'RANN', name: 'Réseau Art Nouveau Network' },
    { id: 'face', acronym: 'FACE', name: 'Fresh Arts Coalition Europe' },
    { id: 'nemo', acronym: 'NEMO', name: 'The Network of European Museum Organisations' },
    { id: 'triangle-network', name: 'Triangle Network' },
    { id: 'reseo', acronym: 'RESEO', name: 'European Network for Opera, Music and Dance Education' },
  ],
};
