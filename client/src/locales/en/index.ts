// The interface texts of one language; first.ts and rest.ts ship them (with the shared error messages) as two chunks.
import common from './common.json' with { type: 'json' };
import auth from './auth.json' with { type: 'json' };
import profile from './profile.json' with { type: 'json' };
import courses from './courses.json' with { type: 'json' };
import discussions from './discussions.json' with { type: 'json' };
import learning from './learning.json' with { type: 'json' };
import users from './users.json' with { type: 'json' };
import programme from './programme.json' with { type: 'json' };
import cohorts from './cohorts.json' with { type: 'json' };
import enrolments from './enrolments.json' with { type: 'json' };
import electives from './electives.json' with { type: 'json' };
import agenda from './agenda.json' with { type: 'json' };
import surveys from './surveys.json' with { type: 'json' };
import practices from './practices.json' with { type: 'json' };
import home from './home.json' with { type: 'json' };
import notifications from './notifications.json' with { type: 'json' };
import certificates from './certificates.json' with { type: 'json' };
import coaching from './coaching.json' with { type: 'json' };
import feedback from './feedback.json' with { type: 'json' };

export default {
  common,
  auth,
  profile,
  courses,
  discussions,
  learning,
  users,
  programme,
  cohorts,
  enrolments,
  electives,
  agenda,
  surveys,
  practices,
  home,
  notifications,
  certificates,
  coaching,
  feedback,
};
