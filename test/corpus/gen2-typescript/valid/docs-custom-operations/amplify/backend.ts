import { defineBackend } from '@aws-amplify/backend';
import { auth } from './auth/resource';
import { data } from './data/resource';
import { echoHandler } from './functions/echo-handler/resource';

defineBackend({ auth, data, echoHandler });
