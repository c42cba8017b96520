/** The UZI pass on a smartcard, through the card middleware's PKCS#11 module (docs/live.md). */
export {
  listCards,
  openCardSession,
  pinStateOf,
  readPass,
  type CardSession,
  type CardSlot,
  type PassOnCard,
} from './card';
export { CardError, type CardProblem, type PinState } from './errors';
export { closePkcs11Libraries, pkcs11Library, type Pkcs11Library } from './pkcs11';
export { softwareSigner, type Signer } from './signer';
